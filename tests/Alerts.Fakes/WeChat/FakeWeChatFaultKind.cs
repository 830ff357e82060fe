namespace Alerts.Fakes.WeChat;

public enum FakeWeChatFaultKind
{
    /// <summary>HTTP 500 before doing anything.</summary>
    Http500,
    /// <summary>Accept the message (it counts), then answer HTTP 500: the "did it go?" case.</summary>
    AcceptThenHttp500,
    /// <summary>HTTP 429 with Retry-After: Value seconds.</summary>
    TooManyRequests,
    /// <summary>HTTP 200 with errcode Value.</summary>
    ErrCode,
    /// <summary>Expire every issued token, then answer errcode 40001, as when another process rotated it.</summary>
    TokenExpired,
    /// <summary>Wait Value ms, then answer normally.</summary>
    Slow,
    /// <summary>Abort the connection without an answer.</summary>
    Drop,
}
