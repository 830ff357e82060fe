namespace Alerts.Channels.Messages;

/// <summary>
/// The single place every channel hands its inbound messages to. The Host provides it (the bot, once it exists);
/// channels only carry the reply back.
/// </summary>
public interface IInboundHandler
{
    Task<OutboundReply> HandleAsync(InboundMessage message, CancellationToken ct);
}
