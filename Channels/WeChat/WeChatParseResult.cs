using System.Diagnostics.CodeAnalysis;
using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>Either the normalised message or why the push could not be read (for the log, never for the caller).</summary>
internal sealed record WeChatParseResult(InboundMessage? Message, string? Error)
{
    [MemberNotNullWhen(true, nameof(Message))]
    public bool IsSuccess => Message is not null;

    public static WeChatParseResult Ok(InboundMessage message) => new(message, null);

    public static WeChatParseResult Fail(string error) => new(null, error);
}
