namespace Alerts.Channels.Sms;

/// <summary>The GSM 03.38 default alphabet and its extension table (3GPP TS 23.038 §6.2.1).</summary>
internal static class Gsm7Alphabet
{
    // Basic table, one septet each (the escape code 0x1B is not a character of its own).
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // Extension table: escape + code, two septets each, never split across segments.
    private const string Extension = "\f^{}\\[~]|€";

    private static readonly HashSet<char> BasicSet = [.. Basic];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    /// <summary>Septets the character costs in GSM-7, or 0 when it forces UCS-2.</summary>
    public static int Septets(char c) => BasicSet.Contains(c) ? 1 : ExtensionSet.Contains(c) ? 2 : 0;
}
