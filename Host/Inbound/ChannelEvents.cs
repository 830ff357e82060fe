using Alerts.Channels.Messages;
using Alerts.Channels.Sms;
using Alerts.Channels.WeChat;
using Alerts.Host.Logging;
using Alerts.Host.Outbound;
using Alerts.Store.Database;
using Alerts.Store.People;

namespace Alerts.Host.Inbound;

/// <summary>
/// What a channel tells us about reaching a person, applied before the bot sees the message: WeChat follows and
/// unfollows, template delivery receipts, SMS opt-out and opt-in keywords, each written in the message's own turn
/// (<see cref="UnitOfWork"/>), so it commits with the message id or not at all. Opt-out keywords are answered here and
/// never reach the bot.
/// </summary>
internal sealed class ChannelEvents(ReachabilityStore reachability, Receipts receipts, ILogger<ChannelEvents> logger)
{
    internal const string OptedOut = "您已退订短信通知，将不再收到短信。回复“订阅”可重新接收。";
    internal const string OptedIn = "您已重新订阅短信通知。回复“退订”可停止接收。";

    /// <summary>Returns the reply when the channel answers the message itself, or null to pass it to the bot.</summary>
    public async Task<OutboundReply?> ApplyAsync(InboundMessage m, UnitOfWork work, CancellationToken ct)
    {
        switch (m.Channel, m.Kind, m.EventName)
        {
            case (ChannelKind.WeChat, InboundKind.Event, "subscribe"):
                await reachability.SetWeChatFollowingAsync(work, m.Address, true, ct);
                return null;
            case (ChannelKind.WeChat, InboundKind.Event, "unsubscribe"):
                await reachability.SetWeChatFollowingAsync(work, m.Address, false, ct);
                return OutboundReply.None;
            case (ChannelKind.WeChat, InboundKind.Event, "templatesendjobfinish"):
                await receipts.ApplyAsync(WeChatReceipts.Read(m)!, work, ct);
                return OutboundReply.None;
            case (ChannelKind.Sms, InboundKind.Text, _):
                return await ApplySmsKeywordAsync(m, work, ct);
            default:
                return null;
        }
    }

    private async Task<OutboundReply?> ApplySmsKeywordAsync(InboundMessage m, UnitOfWork work, CancellationToken ct)
    {
        var keyword = OptOutKeywords.Classify(m.Text);
        if (keyword is not (SmsKeyword.OptOut or SmsKeyword.OptIn)) return null;
        var optOut = keyword == SmsKeyword.OptOut;
        await reachability.SetSmsOptOutAsync(work, m.Address, optOut, ct);
        Log.SmsOptChanged(logger, m.Address, optOut ? "out" : "in");
        return OutboundReply.Of(optOut ? OptedOut : OptedIn);
    }
}
