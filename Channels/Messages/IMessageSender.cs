namespace Alerts.Channels.Messages;

/// <summary>Sends on one channel. Expected failures come back as a <see cref="SendResult"/>, never as exceptions.</summary>
public interface IMessageSender
{
    ChannelKind Channel { get; }

    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct);
}
