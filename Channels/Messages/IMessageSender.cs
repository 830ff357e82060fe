namespace Alerts.Channels.Messages;

/// <summary>
/// Sends on one channel: replies, notifications and warnings alike. Expected failures come back as a
/// <see cref="SendResult"/>, never as exceptions.
/// </summary>
public interface IMessageSender
{
    ChannelKind Channel { get; }

    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct);

    /// <summary>
    /// Whether <paramref name="message"/>, tried as <paramref name="send"/> says with an outcome we never learnt, reached
    /// the provider: the provider is asked where it can be, or its own deduplication is relied on.
    /// </summary>
    Task<Reconciliation> ReconcileAsync(OutboundMessage message, DoubtfulSend send, CancellationToken ct);

    /// <summary>
    /// The sends <paramref name="message"/> takes on this channel, in order, each with its own idempotency key: itself,
    /// unless the provider can carry fewer words at once than it has (a Tencent template's text variable).
    /// </summary>
    IReadOnlyList<OutboundMessage> Split(OutboundMessage message) => [message];
}
