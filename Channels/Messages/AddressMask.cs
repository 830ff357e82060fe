namespace Alerts.Channels.Messages;

/// <summary>
/// Masks personal addresses for logs and stored error text: phone numbers keep the country code and carrier prefix
/// and the last 4 digits (+86138****5678, the usual Chinese style), WeChat openids keep 4 characters at each end.
/// Also used by the Host's log redaction, so it must never throw and never return the input unmasked.
/// </summary>
public static class AddressMask
{
    private const string Stars = "****";

    public static string Mask(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "";
        }

        // Channel-prefixed phones ("whatsapp:+86…", "sms:+86…") keep the prefix and mask the number.
        var colon = address.IndexOf(':');
        if (colon > 0 && colon < address.Length - 1 && IsPhone(address.AsSpan(colon + 1)))
        {
            return string.Concat(address.AsSpan(0, colon + 1), MaskPhone(address[(colon + 1)..]));
        }

        return IsPhone(address) ? MaskPhone(address) : MaskOpaque(address);
    }

    private static bool IsPhone(ReadOnlySpan<char> value)
    {
        var digits = value.Length > 0 && value[0] == '+' ? value[1..] : value;
        return digits.Length is >= 5 and <= 15 && !digits.ContainsAnyExcept("0123456789");
    }

    // E.164 allows 15 digits. Keeping (digits - 8) leading digits, at most 5, gives +86 138 for Chinese mobiles and
    // +1 41 for North America; at least 4 digits are always hidden, and short numbers show only their tail.
    private static string MaskPhone(string phone)
    {
        var plus = phone[0] == '+' ? "+" : "";
        var digits = phone.AsSpan(plus.Length);
        if (digits.Length <= 8)
        {
            var tail = digits.Length / 2;
            return string.Concat(plus, new string('*', digits.Length - tail), digits[^tail..]);
        }

        var head = Math.Min(digits.Length - 8, 5);
        var hidden = digits.Length - head - 4;
        return string.Concat(plus, digits[..head], new string('*', hidden), digits[^4..]);
    }

    // Openids (28 chars) keep 4 at each end; shorter ids keep less so most of the value stays hidden. The run of
    // stars is fixed, so the mask does not reveal the length.
    private static string MaskOpaque(string value)
    {
        var keep = value.Length >= 16 ? 4 : value.Length >= 9 ? 2 : 0;
        return keep == 0 ? Stars : string.Concat(value.AsSpan(0, keep), Stars, value.AsSpan(value.Length - keep));
    }
}
