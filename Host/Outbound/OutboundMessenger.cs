using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Alerts.Channels.Sms;
using Alerts.Host.Logging;
using Alerts.Store.Outbound;

namespace Alerts.Host.Outbound;

/// <summary>
/// Sends one reply or notice and keeps its record in the outbound log: written before the send (unique per
/// idempotency key, so asking twice sends once), then updated with the outcome and the provider's id. The send
/// itself goes through the one <see cref="SendGate"/>, in the reply lane: a person talking to the bot never queues
/// behind a warning being dispatched to thousands.
/// </summary>
internal sealed class OutboundMessenger(
    SendGate gate, OutboundMessageStore store, TimeProvider time, ILogger<OutboundMessenger> logger)
{
    /// <summary>A reply still refused after this many tries is given up (failed), so nothing retries forever.</summary>
    internal const int MaxAttempts = 6;

    // 5 s, 10 s, 20 s, … (with jitter) up to 10 minutes, or the provider's Retry-After when it says more.
    private static readonly TimeSpan RetryBase = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryMax = TimeSpan.FromMinutes(10);

    public async Task<SendResult> SendAsync(OutboundMessage message, string purpose, CancellationToken ct)
    {
        var live = gate.IsLive(message.Channel);
        var record = await store.RecordAsync(message.Channel.Key(), message.Address, message.Text, message.IdempotencyKey,
            purpose, SmsSegments.Billed(message.Channel, message.Text), ct);
        // Only a pending row is sent: a repeated call for a message already sent (or refused) reports what happened.
        // Callers never send one key from two places at once (inbound ids are claimed first; the outbox leases rows).
        if (record.State != "pending")
            return new SendResult(OutcomeOf(record.State), record.ProviderMessageId, record.ErrorCode, "already " + record.State);

        var result = await gate.SendAsync(message, SendPriority.Reply, ct);
        var state = StateOf(result.Outcome, live);
        DateTimeOffset? retryAt = null;
        if (state == "pending" && record.Attempts + 1 >= MaxAttempts) state = "failed";
        else if (state == "pending")
            retryAt = time.GetUtcNow() + Backoff.Delay(record.Attempts + 1, RetryBase, RetryMax, result.RetryAfter, Random.Shared.NextDouble());
        await store.SetOutcomeAsync(record.Id, state, result.ProviderMessageId, result.Detail, result.Code, retryAt, CancellationToken.None);
        if (result.Outcome != SendOutcome.Sent)
            Log.SendNotAccepted(logger, message.Channel.Key(), record.Id, result.Outcome.ToString(), result.Code ?? "");
        return result;
    }

    private static SendOutcome OutcomeOf(string state) => state switch
    {
        "sent" or "simulated" or "delivered" => SendOutcome.Sent,
        "unreachable" => SendOutcome.Unreachable,
        "unknown" => SendOutcome.Unknown,
        _ => SendOutcome.Failed,
    };

    private static string StateOf(SendOutcome outcome, bool live) => outcome switch
    {
        SendOutcome.Sent => live ? "sent" : "simulated",
        SendOutcome.Unreachable => "unreachable",
        SendOutcome.Unknown => "unknown",
        SendOutcome.Retryable => "pending",
        _ => "failed",
    };
}
