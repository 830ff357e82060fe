using Alerts.Channels.Messages;

namespace Alerts.Bot.Acknowledgement;

/// <summary>
/// The inbound handler until the dialogs exist: every message gets a short, plain acknowledgement and the safety
/// basics, so nobody who writes in hears nothing. Events that are not a person talking get no reply.
/// </summary>
internal sealed class AcknowledgingInboundHandler : IInboundHandler
{
    internal const string Received = "已收到您的消息，我们会尽快处理。";
    internal const string SafetyFirst = "如有危险，请先到安全的地方，拨打110、119或120，并告诉网格员。";
    internal const string Welcome = "您好，这里是灾害预警与救助服务。遇到灾情可以直接发消息告诉我们。";

    public Task<OutboundReply> HandleAsync(InboundMessage message, CancellationToken ct) =>
        Task.FromResult(Reply(message));

    private static OutboundReply Reply(InboundMessage message) => message.Kind switch
    {
        InboundKind.Event when message.EventName is "subscribe" or "scan" => OutboundReply.Of(Welcome),
        InboundKind.Event => OutboundReply.None,
        InboundKind.Other => OutboundReply.None,
        _ => OutboundReply.Of(Received + SafetyFirst),
    };
}
