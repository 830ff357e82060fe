namespace Alerts.Channels.Messages;

/// <summary>E.164: '+', a non-zero country code digit, at most 15 digits, no separators (twilio.md §1).</summary>
internal static class E164
{
    public static bool IsValid(string? value) =>
        value is { Length: >= 3 and <= 16 }
        && value[0] == '+'
        && value[1] is >= '1' and <= '9'
        && !value.AsSpan(1).ContainsAnyExcept("0123456789");
}
