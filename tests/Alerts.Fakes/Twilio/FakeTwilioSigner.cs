using System.Security.Cryptography;
using System.Text;

namespace Alerts.Fakes.Twilio;

/// <summary>
/// X-Twilio-Signature computed independently of Alerts.Channels (Fakes must not reference it), so tests also
/// cross-check our validator: base64(HMAC-SHA1(authToken, url + each key and value, keys sorted ordinally, repeated
/// keys with their distinct values sorted, as twilio-node does)). Our validator is twilio-csharp's, which joins a
/// repeated key's values with commas instead; Twilio's SMS webhooks never repeat a key, so the tests sign none.
/// </summary>
public static class FakeTwilioSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        var keys = form.Select(p => p.Key).Distinct().Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var values = form.Where(p => p.Key == key).Select(p => p.Value).Distinct().Order(StringComparer.Ordinal);
            foreach (var value in values)
            {
                data.Append(key).Append(value);
            }
        }

        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(authToken));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(data.ToString())));
    }
}
