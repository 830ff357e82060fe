namespace Alerts.Channels.Messages;

/// <summary>What a provider's receipt says became of a message it accepted.</summary>
public enum ReceiptState
{
    /// <summary>Still on its way (queued, sent): changes nothing that is recorded as sent.</summary>
    Sent,
    Delivered,
    /// <summary>Not delivered, and trying this channel again will not help for now.</summary>
    Failed,
    /// <summary>This person cannot be reached on this channel (blocked, unknown number, unfollowed).</summary>
    Unreachable,
}

/// <summary>
/// A provider's delivery receipt in one shape for every channel (Twilio status callbacks, WeChat
/// TEMPLATESENDJOBFINISH), found by (<see cref="Channel"/>, <see cref="ProviderMessageId"/>). Receipts repeat and
/// arrive out of order: <see cref="Rank"/> orders the provider's statuses so a record only moves forward.
/// </summary>
public sealed record DeliveryReceipt(ChannelKind Channel, string ProviderMessageId, string ProviderStatus, int Rank,
    ReceiptState State, string? ErrorCode)
{
    /// <summary>
    /// Our idempotency key as the provider echoed it (Tencent's <c>ext</c>, when switched on): it finds the record even
    /// when the send's answer never came, so no provider id was kept.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The record's state word: sent, delivered, failed, unreachable.</summary>
    public string StateKey => State.ToString().ToLowerInvariant();
}
