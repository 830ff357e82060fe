namespace Alerts.Broadcast.Outbox;

/// <summary>What one attempt on a row came to, as it is written back.</summary>
/// <param name="State">sent, pending (retry at <paramref name="NextAttemptUtc"/>), unknown, failed or unreachable.</param>
/// <param name="InDoubt">The provider may have the message though we have no id for it: reconcile before resending.</param>
internal sealed record DeliveryOutcome(string State, string? Channel, string? ProviderMessageId, string? Error,
    DateTimeOffset NextAttemptUtc, bool InDoubt = false);
