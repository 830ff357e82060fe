namespace Alerts.Fakes.WeChat;

/// <summary>
/// One scripted misbehaviour, applied to the next request it matches (by scope and, when set, by the body's touser)
/// and then used up.
/// </summary>
public sealed record FakeWeChatFault(
    FakeWeChatFaultKind Kind,
    int Value = 0,
    string? OpenId = null,
    FakeWeChatFaultScope Scope = FakeWeChatFaultScope.Messages)
{
    public static FakeWeChatFault Http500() => new(FakeWeChatFaultKind.Http500);

    public static FakeWeChatFault AcceptThenHttp500() => new(FakeWeChatFaultKind.AcceptThenHttp500);

    public static FakeWeChatFault TooManyRequests(int retryAfterSeconds) =>
        new(FakeWeChatFaultKind.TooManyRequests, retryAfterSeconds);

    public static FakeWeChatFault ErrCode(int errcode, string? openId = null) =>
        new(FakeWeChatFaultKind.ErrCode, errcode, openId);

    public static FakeWeChatFault SystemBusy() => ErrCode(-1);

    /// <summary>43004 (not following) or 45015 (outside the 48 h window) for one person.</summary>
    public static FakeWeChatFault Unreachable(string openId, int errcode = 43004) => ErrCode(errcode, openId);

    public static FakeWeChatFault TokenExpired() => new(FakeWeChatFaultKind.TokenExpired);

    public static FakeWeChatFault Slow(int milliseconds) => new(FakeWeChatFaultKind.Slow, milliseconds);

    public static FakeWeChatFault Drop() => new(FakeWeChatFaultKind.Drop);

    public FakeWeChatFault OnTokens() => this with { Scope = FakeWeChatFaultScope.Tokens };
}
