using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alerts.Fakes.TencentSms;

/// <summary>
/// TC3-HMAC-SHA256 (tencent-sms.md §3) written independently of Alerts.Channels (Fakes must not reference it), so the
/// fake also cross-checks our signer. It accepts any SignedHeaders list that includes content-type and host, as
/// Tencent does (newer doc revisions also sign x-tc-action); values are lower-cased and trimmed.
/// </summary>
internal static class FakeTencentTc3
{
    public const string Algorithm = "TC3-HMAC-SHA256";
    public const string Service = "sms";

    public static string Date(long timestamp) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <param name="headers">The signed headers in SignedHeaders order, names lower-case, values as received.</param>
    public static string Signature(string secretKey, IReadOnlyList<(string Name, string Value)> headers,
        long timestamp, byte[] body)
    {
        var date = Date(timestamp);
        var canonicalHeaders = string.Concat(headers.Select(h => $"{h.Name}:{h.Value.Trim().ToLowerInvariant()}\n"));
        var signedHeaders = string.Join(';', headers.Select(h => h.Name));
        var canonical = "POST\n/\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + Hex(SHA256.HashData(body));
        var toSign = $"{Algorithm}\n{timestamp.ToString(CultureInfo.InvariantCulture)}\n{date}/{Service}/tc3_request\n" +
            Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var key = Hmac(Encoding.UTF8.GetBytes("TC3" + secretKey), date);
        key = Hmac(key, Service);
        key = Hmac(key, "tc3_request");
        return Hex(Hmac(key, toSign));
    }

    /// <summary>Parses "TC3-HMAC-SHA256 Credential=id/date/sms/tc3_request, SignedHeaders=…, Signature=…".</summary>
    public static (string SecretId, string Date, string[] SignedHeaders, string Signature)? Parse(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = authorization[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1]);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.TryGetValue("SignedHeaders", out var signed)
            || !parts.TryGetValue("Signature", out var signature))
        {
            return null;
        }

        var scope = credential.Split('/');
        var names = signed.Split(';');
        if (scope.Length != 4 || scope[2] != Service || scope[3] != "tc3_request"
            || !names.Contains("content-type") || !names.Contains("host")
            || !names.SequenceEqual(names.Order(StringComparer.Ordinal)))
        {
            return null;
        }

        return (scope[0], scope[1], names, signature);
    }

    public static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
