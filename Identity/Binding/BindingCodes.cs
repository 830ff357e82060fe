using System.Security.Cryptography;
using System.Text;

namespace Alerts.Identity.Binding;

/// <summary>
/// Staff binding codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as XXXX-XXXX-XXXX,
/// 60 bits from a CSPRNG, so a hash without salt finds the row and guessing is hopeless within the try limits.
/// </summary>
internal static class BindingCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 12;

    public static string NewCode()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        var s = new string(chars);
        return $"{s[..4]}-{s[4..8]}-{s[8..]}";
    }

    /// <summary>The code as stored (upper case, no separators), or null when the text cannot be one.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null) return null;
        var sb = new StringBuilder();
        foreach (var ch in text.ToUpperInvariant())
        {
            if (ch is '-' or ' ' or '－') continue;
            if (!Alphabet.Contains(ch)) return null;
            sb.Append(ch);
        }
        return sb.Length == Length ? sb.ToString() : null;
    }

    public static string Hash(string normalized) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
}
