using System.Text.RegularExpressions;
using Alerts.Channels.Messages;

namespace Alerts.Host.Logging;

/// <summary>
/// Masks phone numbers and WeChat openids wherever they appear in a log line, so no code path can leak one by
/// forgetting to mask it itself. Keeps enough to tell people apart when reading logs: +86138****5678, oAbC****wXyZ.
/// </summary>
internal static partial class LogRedactor
{
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
        text = Phone().Replace(text, m => AddressMask.Mask(m.Value));
        return Openid().Replace(text, m => AddressMask.Mask(m.Value));
    }
}
