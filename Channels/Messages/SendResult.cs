namespace Alerts.Channels.Messages;

/// <summary>The result of one send: the outcome, the provider's message id when sent, and the provider's code.</summary>
public sealed record SendResult(SendOutcome Outcome, string? ProviderMessageId = null, string? Code = null,
    string? Detail = null, TimeSpan? RetryAfter = null)
{
    public static SendResult Sent(string? providerMessageId) => new(SendOutcome.Sent, providerMessageId);
}
