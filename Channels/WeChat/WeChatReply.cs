namespace Alerts.Channels.WeChat;

/// <summary>
/// What to answer a push with: the response body (plain or encrypted XML, or "success"), and the texts that did not
/// fit in the one passive reply WeChat allows, for the caller to send as customer-service messages.
/// </summary>
internal sealed record WeChatReply(string Body, IReadOnlyList<string> Overflow)
{
    public const string Success = "success";
}
