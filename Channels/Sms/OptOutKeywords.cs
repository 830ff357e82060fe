using System.Collections.Frozen;
using System.Text;

namespace Alerts.Channels.Sms;

/// <summary>
/// Twilio's default opt-out keywords (twilio.md §5) plus the Chinese conventions TD / 退订 / 取消订阅 and 订阅.
/// Twilio blocks further sends after STOP (21610) and still forwards the message, so we mirror the state ourselves.
/// Only a message that is exactly one keyword counts ("STOP PLEASE" does not). 帮助 is deliberately absent: it is
/// the bot's own help word and must reach the bot.
/// </summary>
internal static class OptOutKeywords
{
    private static readonly FrozenDictionary<string, SmsKeyword> Keywords = new Dictionary<string, SmsKeyword>
    {
        ["STOP"] = SmsKeyword.OptOut,
        ["STOPALL"] = SmsKeyword.OptOut,
        ["UNSUBSCRIBE"] = SmsKeyword.OptOut,
        ["CANCEL"] = SmsKeyword.OptOut,
        ["END"] = SmsKeyword.OptOut,
        ["QUIT"] = SmsKeyword.OptOut,
        ["REVOKE"] = SmsKeyword.OptOut,
        ["OPTOUT"] = SmsKeyword.OptOut,
        ["TD"] = SmsKeyword.OptOut,
        ["退订"] = SmsKeyword.OptOut,
        ["取消订阅"] = SmsKeyword.OptOut,
        ["START"] = SmsKeyword.OptIn,
        ["YES"] = SmsKeyword.OptIn,
        ["UNSTOP"] = SmsKeyword.OptIn,
        ["订阅"] = SmsKeyword.OptIn,
        ["HELP"] = SmsKeyword.Help,
        ["INFO"] = SmsKeyword.Help,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static SmsKeyword Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return SmsKeyword.None;
        }

        // NFKC folds full-width letters (ＳＴＯＰ, ｔｄ) typed on Chinese keyboards to ASCII; Trim() also removes the
        // ideographic space U+3000.
        var normalised = text.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        return Keywords.GetValueOrDefault(normalised, SmsKeyword.None);
    }
}
