using System.Text.RegularExpressions;

namespace Alerts.Channels.Messages;

/// <summary>A mainland mobile number typed any way (138 1234 5678, 138-1234-5678, +86 138…), as E.164, or null.</summary>
public static partial class MainlandPhone
{
    public static string? Parse(string? text)
    {
        if (text is null) return null;
        var digits = Separators().Replace(text, "");
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13) digits = digits[2..];
        return Mobile().IsMatch(digits) ? "+86" + digits : null;
    }

    [GeneratedRegex(@"[\s\-()（）]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
