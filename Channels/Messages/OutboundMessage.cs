namespace Alerts.Channels.Messages;

/// <summary>A message to send to one person on one channel.</summary>
/// <param name="IdempotencyKey">Stable across retries of the same logical message (WeChat client_msg_id).</param>
public sealed record OutboundMessage(ChannelKind Channel, string Address, string Text, string IdempotencyKey)
{
    /// <summary>
    /// The channel's structured form of <see cref="Text"/> where it has one (a WeChat template message for a warning);
    /// a channel without templates sends <see cref="Text"/>.
    /// </summary>
    public MessageTemplate? Template { get; init; }
}
