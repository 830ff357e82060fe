using System.Diagnostics.CodeAnalysis;
using Alerts.Channels.Messages;

namespace Alerts.Channels.WeChat;

/// <summary>A token, or why there is none, already in the shape a send would fail with.</summary>
internal sealed record WeChatTokenResult(CachedToken? Token, SendResult? Failure)
{
    [MemberNotNullWhen(true, nameof(Token))]
    public bool IsSuccess => Token is not null;

    public static WeChatTokenResult Ok(CachedToken token) => new(token, null);

    public static WeChatTokenResult Fail(SendResult failure) => new(null, failure);
}
