namespace Alerts.Channels.Messages;

/// <summary>A message to send to one person on one channel.</summary>
/// <param name="IdempotencyKey">Stable across retries of the same logical message (WeChat client_msg_id).</param>
public sealed record OutboundMessage(ChannelKind Channel, string Address, string Text, string IdempotencyKey);
