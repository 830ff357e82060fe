using Alerts.Broadcast.Outbox;
using Alerts.Broadcast.Warnings;
using Alerts.Channels.Sms;
using Alerts.Channels.WeChat;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// What a draft will say on each channel, built from the same <see cref="DeliveryWarning"/> fields, options and
/// <see cref="WarningText"/> functions that <see cref="DeliveryProcessor"/> sends with, so an official previews the
/// exact text before submitting.
/// </summary>
public sealed class WarningMessages
{
    private readonly IOptions<DispatchOptions> _options;
    private readonly IOptions<WeChatOptions> _weChat;

    // Internal: the options are Broadcast's and Channels' own; AddBroadcastDispatch builds it.
    internal WarningMessages(IOptions<DispatchOptions> options, IOptions<WeChatOptions> weChat)
    {
        _options = options;
        _weChat = weChat;
    }

    public WarningMessage Of(WarningDraft draft) => Of(new DeliveryWarning
    {
        // The keys the warnings table stores and dispatch reads back (WarningStore.InsertAsync).
        Hazard = draft.Hazard.ToString().ToLowerInvariant(),
        Event = draft.Event,
        Level = draft.Level.Key(),
        Kind = draft.Kind,
        Headline = draft.Headline,
        Instruction = draft.Instruction,
        Status = WarningStatuses.Draft,
        EffectiveUtc = draft.Effective.ToUniversalTime(),
        ExpiresUtc = draft.Expires.ToUniversalTime(),
    });

    /// <param name="shelter">The recipient's village shelter ("村小学安置点（村委会旁）"), named when the warning tells them to leave.</param>
    internal WarningMessage Of(DeliveryWarning warning, string? shelter = null)
    {
        var o = _options.Value;
        var sms = WarningText.Sms(warning, o.SmsMaxLength, shelter);
        var key = WarningText.TemplateKey(warning, _weChat.Value.TemplateIds);
        return new WarningMessage(sms, sms.Length, SmsSegments.Count(sms).Segments, key,
            _weChat.Value.TemplateIds.GetValueOrDefault(key), WarningText.TemplateData(warning, o.TemplateFields));
    }
}
