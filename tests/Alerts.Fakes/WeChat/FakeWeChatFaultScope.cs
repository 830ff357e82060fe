namespace Alerts.Fakes.WeChat;

/// <summary>Which requests a scripted fault may hit.</summary>
public enum FakeWeChatFaultScope
{
    /// <summary>The message endpoints (custom/send, template/send).</summary>
    Messages,
    /// <summary>The token endpoints (stable_token, token).</summary>
    Tokens,
    Any,
}
