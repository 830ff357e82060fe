using System.Text.RegularExpressions;
using Alerts.Channels.Messages;

namespace Alerts.Host.Logging;

/// <summary>
/// Masks phone numbers and WeChat openids, and cuts query strings, wherever they appear in a log line, so no code
/// path can leak one by forgetting to do it itself. Keeps enough to tell people apart when reading logs:
/// +86138****5678, oAbC****wXyZ.
/// </summary>
internal static partial class LogRedactor
{
    // A query string: '?' then a name=value pair, up to the next space or quote; it becomes "?*", the mark .NET's
    // HttpClient logging uses. A query can carry a credential (WeChat's access_token on every API call) or a signed
    // URL that can be replayed (a plaintext push's signature, timestamp and nonce), and ASP.NET Core's request logs
    // ("Request starting … /wechat?signature=…", and their QueryString field) print it whole. HttpClient's own
    // redaction can be switched off (DOTNET_SYSTEM_NET_HTTP_DISABLEURIREDACTION); this cannot.
    [GeneratedRegex(@"\?[A-Za-z0-9_.~%\[\]-]+=[^\s""']*")]
    private static partial Regex QueryString();

    // E.164 (+ and 8–15 digits) or a bare mainland mobile number (11 digits starting 1[3-9]) not inside a longer
    // run of digits, so division codes (12 digits) and ids stay readable.
    [GeneratedRegex(@"(?<![\w+])(\+\d{8,15}|1[3-9]\d{9})(?!\d)")]
    private static partial Regex Phone();

    // Official Account openids: 28 characters of [A-Za-z0-9_-] starting with 'o'.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])o[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])")]
    private static partial Regex Openid();

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        text = QueryString().Replace(text, "?*");
        text = Phone().Replace(text, m => AddressMask.Mask(m.Value));
        return Openid().Replace(text, m => AddressMask.Mask(m.Value));
    }
}
