using System.Collections.Specialized;
using Twilio.Security;

namespace Alerts.Channels.Twilio;

/// <summary>
/// X-Twilio-Signature (twilio.md §4), checked by Twilio's own <see cref="RequestValidator"/>: HMAC-SHA1 keyed with the
/// primary Auth Token over the URL and the ordinally sorted form, the URL tried with and without its port, compared in
/// constant time. https://www.twilio.com/docs/usage/webhooks/webhooks-security
/// </summary>
internal static class TwilioSignature
{
    /// <summary>
    /// True when the header is Twilio's signature of this URL and form. A repeated key is passed as
    /// twilio-csharp reads a classic ASP.NET form: one key, its values joined by commas in arrival order.
    /// </summary>
    public static bool IsValid(string authToken, string url, IReadOnlyList<KeyValuePair<string, string>> form,
        string? signatureHeader)
    {
        if (string.IsNullOrEmpty(signatureHeader) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var parameters = new NameValueCollection(StringComparer.Ordinal);
        foreach (var (key, value) in form)
        {
            parameters.Add(key, value ?? "");
        }

        try
        {
            // RequestValidator keeps its HMAC and SHA-256 instances in fields and is not thread-safe: one per check.
            return new RequestValidator(authToken).Validate(url, parameters, signatureHeader);
        }
        catch (UriFormatException)
        {
            // The validator may rebuild the URL with UriBuilder; a URL it cannot parse was not one Twilio signed.
            return false;
        }
    }
}
