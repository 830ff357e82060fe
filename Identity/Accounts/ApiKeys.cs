using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Alerts.Identity.Accounts;

/// <summary>
/// API keys: <c>alk_</c> + 8 characters of public id + <c>_</c> + 43 characters of secret (32 random bytes,
/// base64url). The public part (<c>alk_XXXXXXXX</c>) is stored to find the account without a scan; of the key itself
/// only a SHA-256 hash is kept.
/// </summary>
/// <remarks>
/// A fast hash is enough here, unlike for passwords: the secret is 256 bits from a CSPRNG, not something a person
/// chose, so a stolen hash cannot be brute-forced or looked up in a dictionary whatever the hash costs. PBKDF2 would
/// add ~100 ms of CPU to every API request and buy nothing.
/// </remarks>
public static class ApiKeys
{
    public const string Scheme = "alk_";
    private const int IdChars = 8;
    private const int PrefixLength = 4 + IdChars;        // alk_XXXXXXXX
    private const int SecretChars = 43;                  // 32 bytes in base64url, no padding
    private const int KeyLength = PrefixLength + 1 + SecretChars;

    public sealed record Issued(string Key, string Prefix, string Hash);

    public static Issued Create()
    {
        var prefix = Scheme + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(6)); // 6 bytes = 8 chars
        var key = prefix + "_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new Issued(key, prefix, Hash(key));
    }

    /// <summary>The public prefix of a well-formed key, or null.</summary>
    public static string? PrefixOf(string? key) =>
        key is { Length: KeyLength } && key.StartsWith(Scheme, StringComparison.Ordinal) && key[PrefixLength] == '_'
            ? key[..PrefixLength]
            : null;

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Constant-time comparison of the presented key's hash with the stored one.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
