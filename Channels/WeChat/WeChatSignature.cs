using System.Security.Cryptography;
using System.Text;

namespace Alerts.Channels.WeChat;

/// <summary>
/// The two query-string signatures WeChat sends (wechat.md §1–2): <c>signature</c> over token, timestamp and nonce,
/// and in safe mode <c>msg_signature</c> over the same plus the Encrypt value.
/// </summary>
internal static class WeChatSignature
{
    public static string Compute(string token, string timestamp, string nonce) => Sha1Hex([token, timestamp, nonce]);

    public static string ComputeMessage(string token, string timestamp, string nonce, string encrypt) =>
        Sha1Hex([token, timestamp, nonce, encrypt]);

    public static bool Verify(string token, string timestamp, string nonce, string? signature) =>
        FixedEquals(Compute(token, timestamp, nonce), signature);

    public static bool VerifyMessage(string token, string timestamp, string nonce, string encrypt, string? signature) =>
        FixedEquals(ComputeMessage(token, timestamp, nonce, encrypt), signature);

    private static string Sha1Hex(string[] parts)
    {
        // Ordinal, not culture order: the official sample compares char by char, and "1714037059" < "486452656".
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return Convert.ToHexStringLower(hash);
    }

    private static bool FixedEquals(string expected, string? actual)
    {
        if (actual is null)
        {
            return false;
        }

        // Constant time so a forger cannot learn the signature byte by byte; length is not secret (always 40).
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
    }
}
