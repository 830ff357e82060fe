using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>WeChat's template receipt (TEMPLATESENDJOBFINISH) as a channel-neutral <see cref="DeliveryReceipt"/>.</summary>
internal static class WeChatReceipts
{
    // WeChat reports only the end of a template job, so every receipt is final: the rank of a terminal status.
    private const int FinalRank = 4;

    /// <summary>
    /// The receipt an inbound event carries, or null when it is not one. The event's provider id ends with the msgid
    /// the send returned; its Status ("success", "failed:user block", "failed: system failed") is the event key.
    /// </summary>
    public static DeliveryReceipt? Read(InboundMessage m)
    {
        if (m is not { Channel: ChannelKind.WeChat, Kind: InboundKind.Event, EventName: "templatesendjobfinish" }) return null;
        var msgId = m.ProviderMessageId[(m.ProviderMessageId.LastIndexOf(':') + 1)..];
        var status = m.EventKey ?? "";
        var delivered = status.Equals("success", StringComparison.OrdinalIgnoreCase);
        return new DeliveryReceipt(ChannelKind.WeChat, msgId, status, FinalRank,
            delivered ? ReceiptState.Delivered : ReceiptState.Unreachable, delivered ? null : status);
    }
}
