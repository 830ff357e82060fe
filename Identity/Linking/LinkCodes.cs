using System.Security.Cryptography;
using System.Text;

namespace Alerts.Identity.Linking;

/// <summary>6-digit one-time codes: drawn from a CSPRNG, kept only as a salted SHA-256, compared in constant time.</summary>
public static class LinkCodes
{
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string salt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));

    public static bool Matches(string salt, string code, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(salt, code)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>The six digits of an answer typed any way ("123 456", "１２３４５６", "验证码123456"), or null.</summary>
    public static string? Parse(string? text)
    {
        if (text is null) return null;
        var digits = new StringBuilder();
        foreach (var ch in text)
        {
            if (ch is >= '0' and <= '9') digits.Append(ch);
            else if (ch is >= '０' and <= '９') digits.Append((char)('0' + (ch - '０')));
            else if (!char.IsWhiteSpace(ch) && ch is not ('-' or '：' or ':') && !"验证码是".Contains(ch)) return null;
        }
        return digits.Length == 6 ? digits.ToString() : null;
    }
}
