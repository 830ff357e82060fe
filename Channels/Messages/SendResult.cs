namespace Alerts.Channels.Messages;

/// <summary>The result of one send: the outcome, the provider's message id when sent, and the provider's code.</summary>
/// <param name="Code">The provider's own code (for logs and the record), or ours: "opted-out", "rate-limited",
/// "rejected", "network", "channel-off".</param>
public sealed record SendResult(SendOutcome Outcome, string? ProviderMessageId = null, string? Code = null,
    string? Detail = null, TimeSpan? RetryAfter = null)
{
    /// <summary>The provider says this number opted out (e.g. STOP sent to another of our numbers): whoever keeps
    /// opt-outs records it, so the next message does not spend a refused call.</summary>
    public bool RecipientOptedOut { get; init; }

    /// <summary>
    /// The provider refused it under a per-recipient frequency limit (Tencent's 30-second, hourly or daily cap on one
    /// number): nothing was sent, and <see cref="RetryAfter"/> is when the window ends. It is queued until then and
    /// does not use up an attempt, because the next try after the window is the first that can work.
    /// </summary>
    public bool WindowLimited { get; init; }

    /// <summary>Our own breaker, concurrency limit or send queue said no: the provider was never asked.</summary>
    public bool RefusedLocally => Code is RejectedCode or RateLimitedCode;

    /// <summary>Nothing was sent and the refusal says nothing about the message: it costs no attempt.</summary>
    public bool NotAnAttempt => RefusedLocally || WindowLimited;

    public const string RejectedCode = "rejected";
    public const string RateLimitedCode = "rate-limited";
    public const string OptedOutCode = "opted-out";

    public static SendResult Sent(string? providerMessageId) => new(SendOutcome.Sent, providerMessageId);

    public static SendResult RateLimited { get; } =
        new(SendOutcome.Retryable, Code: RateLimitedCode, Detail: "send queue full");

    public static SendResult OptedOut { get; } =
        new(SendOutcome.Unreachable, Code: OptedOutCode, Detail: "recipient opted out of SMS") { RecipientOptedOut = true };
}
