namespace Alerts.Fakes.TencentSms;

public enum FakeTencentFaultKind
{
    /// <summary>HTTP 502 before anything happens: nothing is created.</summary>
    ServerError,
    /// <summary>The messages are created and counted, then HTTP 500: the ambiguous case the outbox must settle.</summary>
    ServerErrorAfterAccepting,
    /// <summary>Aborts the connection before creating anything.</summary>
    DropConnection,
    /// <summary>Creates the messages, then aborts the connection: the client cannot know they were sent.</summary>
    DropConnectionAfterAccepting,
    /// <summary>
    /// Creates the messages, then answers Response.Error InternalError.Timeout (请求下发短信超时). Per tencent-sms.md §4
    /// InternalError, .Timeout, .SendAndRecvFail, .OtherError and .UnknownError can mean "maybe sent" (the backend may
    /// have passed the message on before it failed); InternalError.RequestTimeException is a clock error and means
    /// "not sent", like AuthFailure.SignatureExpire.
    /// </summary>
    InternalError,
    /// <summary>Response.Error RequestLimitExceeded (the account's request rate); nothing is created.</summary>
    RequestLimitExceeded,
    /// <summary>Waits, then answers normally (for timeout tests).</summary>
    Slow,
}
