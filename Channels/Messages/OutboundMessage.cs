namespace Alerts.Channels.Messages;

/// <summary>A message to send to one person on one channel.</summary>
/// <param name="IdempotencyKey">Stable across retries of the same logical message (WeChat client_msg_id; Tencent
/// SessionContext, which comes back in its receipts).</param>
public sealed record OutboundMessage(ChannelKind Channel, string Address, string Text, string IdempotencyKey)
{
    /// <summary>
    /// The channel's structured form of <see cref="Text"/> where it has one (a WeChat template message for a warning;
    /// the named values a Tencent SMS template is filled from); a channel without templates sends <see cref="Text"/>.
    /// </summary>
    public MessageTemplate? Template { get; init; }

    /// <summary>Why it is sent: a provider of approved templates chooses the template by it.</summary>
    public MessagePurpose Purpose { get; init; } = MessagePurpose.Reply;
}
