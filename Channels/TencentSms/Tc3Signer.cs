using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// TencentCloud API 3.0 signing, TC3-HMAC-SHA256 (tencent-sms.md §3), signing the two headers the official SDKs sign:
/// content-type and host. The date is the UTC date of the timestamp: a Beijing date breaks signing from 00:00 to 08:00.
/// Checked against Tencent's own published example (Tc3SignerTests).
/// </summary>
internal static class Tc3Signer
{
    public const string Algorithm = "TC3-HMAC-SHA256";
    public const string SignedHeaders = "content-type;host";

    /// <summary>The Authorization header value for a POST to "/" of <paramref name="host"/>.</summary>
    public static string Authorization(string secretId, string secretKey, string service, string host, string contentType,
        long timestamp, ReadOnlySpan<byte> body)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{service}/tc3_request";
        var canonical = $"POST\n/\n\ncontent-type:{contentType.Trim().ToLowerInvariant()}\nhost:{host.Trim().ToLowerInvariant()}\n\n"
            + $"{SignedHeaders}\n{Hex(SHA256.HashData(body))}";
        var toSign = $"{Algorithm}\n{timestamp.ToString(CultureInfo.InvariantCulture)}\n{scope}\n"
            + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + secretKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, "tc3_request"u8);
        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return $"{Algorithm} Credential={secretId}/{scope}, SignedHeaders={SignedHeaders}, Signature={signature}";
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
