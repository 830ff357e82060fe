namespace Alerts.Fakes.TencentSms;

/// <summary>
/// Mainland numbers only: Tencent takes +86…, 0086…, 86… or a bare 11-digit number for domestic SMS
/// (tencent-sms.md §1); the fake keeps them as +86 and 11 digits starting with 1.
/// </summary>
internal static class FakeTencentPhone
{
    public static string? Normalise(string? phone)
    {
        var national = phone switch
        {
            null => null,
            _ when phone.StartsWith("+86", StringComparison.Ordinal) => phone[3..],
            _ when phone.StartsWith("0086", StringComparison.Ordinal) => phone[4..],
            _ when phone.Length == 13 && phone.StartsWith("86", StringComparison.Ordinal) => phone[2..],
            _ => phone,
        };
        return national is { Length: 11 } && national[0] == '1' && national.All(char.IsAsciiDigit)
            ? "+86" + national
            : null;
    }

    /// <summary>The 11-digit national number callbacks carry as "mobile".</summary>
    public static string National(string e164) => e164[3..];
}
