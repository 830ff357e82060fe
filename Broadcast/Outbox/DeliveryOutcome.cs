namespace Alerts.Broadcast.Outbox;

/// <summary>What one attempt on a row came to, as it is written back.</summary>
/// <param name="State">sent, pending (retry at <paramref name="NextAttemptUtc"/>), unknown, failed or unreachable.</param>
/// <param name="InDoubt">The provider may have the message though we have no id for it: ask before resending. An
/// 'unknown' row in doubt is asked again at <paramref name="NextAttemptUtc"/>; one no longer in doubt was given up.</param>
/// <param name="NotAnAttempt">The provider was never asked (our circuit breaker or send queue said no): the claim's
/// attempt is given back, so an outage does not use up a row's attempts.</param>
/// <param name="MoveTo">The lane (channel) the row goes to, pending, when this one cannot reach the person.</param>
/// <param name="PossibleDuplicate">Sent again after an unknown outcome with no receipt and no deduplication: the person
/// may have it twice. Once set, it stays.</param>
/// <param name="DoubtSince">With <paramref name="InDoubt"/> after a send: when that send began.</param>
internal sealed record DeliveryOutcome(string State, string? ProviderMessageId, string? Error,
    DateTimeOffset NextAttemptUtc, bool InDoubt = false, bool NotAnAttempt = false, string? MoveTo = null,
    bool PossibleDuplicate = false, DateTimeOffset? DoubtSince = null);
