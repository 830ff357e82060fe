using Alerts.Channels.Messages;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Twilio;

/// <summary>
/// Opens Twilio webhooks: signature first, then a hardened parse (twilio.md §2–§4). Pure: the Host passes the public
/// URL Twilio requested (rebuilt from <see cref="TwilioOptions.WebhookBaseUrl"/>), the header and the parsed form,
/// and maps the verdict to 200/403/400.
/// </summary>
internal sealed class TwilioWebhook(IOptions<TwilioOptions> options, TimeProvider time)
{
    private const int MaxSidLength = 64;

    public TwilioWebhookResult<InboundMessage> OpenInbound(string url, string? signatureHeader,
        IReadOnlyList<KeyValuePair<string, string>> form)
    {
        if (Refuse(url, signatureHeader, form) is { } reason)
        {
            return TwilioWebhookResult<InboundMessage>.Forbidden(reason);
        }

        // MessageSid replaced SmsSid/SmsMessageSid; accept the legacy names in case only those come.
        var sid = First(form, "MessageSid") ?? First(form, "SmsMessageSid") ?? First(form, "SmsSid");
        var from = First(form, "From");
        if (!IsSid(sid))
        {
            return TwilioWebhookResult<InboundMessage>.Malformed("missing or invalid MessageSid");
        }

        if (!ChannelAddress.IsValid(ChannelKind.Sms, from))
        {
            return TwilioWebhookResult<InboundMessage>.Malformed("missing or non-E.164 From");
        }

        var body = First(form, "Body") ?? "";
        var mediaUrl = First(form, "MediaUrl0");
        var kind = body.Length == 0 && mediaUrl is not null
            ? (First(form, "MediaContentType0")?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
                ? InboundKind.Image
                : InboundKind.Other)
            : InboundKind.Text;

        // Twilio sends no timestamp with inbound SMS, so the arrival time is ours.
        return TwilioWebhookResult<InboundMessage>.Ok(new InboundMessage(
            ChannelKind.Sms, from!, sid!, kind, body, time.GetUtcNow(), Url: mediaUrl));
    }

    public TwilioWebhookResult<StatusUpdate> OpenStatus(string url, string? signatureHeader,
        IReadOnlyList<KeyValuePair<string, string>> form)
    {
        if (Refuse(url, signatureHeader, form) is { } reason)
        {
            return TwilioWebhookResult<StatusUpdate>.Forbidden(reason);
        }

        var sid = First(form, "MessageSid") ?? First(form, "SmsSid");
        var status = First(form, "MessageStatus") ?? First(form, "SmsStatus");
        if (!IsSid(sid))
        {
            return TwilioWebhookResult<StatusUpdate>.Malformed("missing or invalid MessageSid");
        }

        if (string.IsNullOrWhiteSpace(status) || status.Length > 32)
        {
            return TwilioWebhookResult<StatusUpdate>.Malformed("missing MessageStatus");
        }

        int? errorCode = int.TryParse(First(form, "ErrorCode"), out var code) ? code : null;
        var to = First(form, "To");
        return TwilioWebhookResult<StatusUpdate>.Ok(
            new StatusUpdate(sid!, status.Trim().ToLowerInvariant(), errorCode, ChannelAddress.IsValid(ChannelKind.Sms, to) ? to : null));
    }

    private string? Refuse(string url, string? signatureHeader, IReadOnlyList<KeyValuePair<string, string>> form)
    {
        if (string.IsNullOrEmpty(signatureHeader))
        {
            return "missing X-Twilio-Signature";
        }

        var token = options.Value.AuthToken;
        if (string.IsNullOrEmpty(token))
        {
            // Unconfigured: nothing can be verified, so nothing is trusted.
            return "Twilio:AuthToken not configured";
        }

        return TwilioSignature.IsValid(token, url, form, signatureHeader) ? null : "bad X-Twilio-Signature";
    }

    private static string? First(IReadOnlyList<KeyValuePair<string, string>> form, string key)
    {
        foreach (var pair in form)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    // SM…/MM… followed by 32 hex digits in practice; checked loosely (two letters, alphanumerics, bounded) so a
    // new prefix does not drop messages, while junk and huge values are refused.
    private static bool IsSid(string? sid) =>
        sid is { Length: >= 10 and <= MaxSidLength }
        && char.IsAsciiLetterUpper(sid[0]) && char.IsAsciiLetterUpper(sid[1])
        && sid.All(char.IsAsciiLetterOrDigit);
}
