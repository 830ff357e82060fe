namespace Alerts.Fakes.Twilio;

public enum FakeTwilioFaultKind
{
    /// <summary>HTTP 500 before anything happens: no message is created.</summary>
    ServerError,
    /// <summary>The message is created and counted, then HTTP 500: the ambiguous case the outbox must reconcile.</summary>
    ServerErrorAfterAccepting,
    /// <summary>HTTP 429 with Twilio code 20429 and, if given, a Retry-After header. Nothing is created.</summary>
    TooManyRequests,
    /// <summary>Waits, then answers normally (for timeout tests).</summary>
    Delay,
    /// <summary>Aborts the connection before creating anything.</summary>
    DropConnection,
    /// <summary>Creates the message, then aborts the connection: the client cannot know it was sent.</summary>
    DropConnectionAfterAccepting,
}
