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

    /// <summary>
    /// Sends <paramref name="message"/>: as one send, or, when its channel carries fewer words at once (a Tencent
    /// template's text variable, <see cref="SendGate.Split"/>), as its parts in order. The whole message keeps its
    /// record (what the bot said) and its retries; each part has a record of its own ("part", never retried by
    /// itself), so a retry of the whole sends only the parts not yet sent, and none twice.
    /// </summary>
    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var parts = gate.Split(message);
        if (parts.Count == 1) return await SendOneAsync(parts[0], message.Purpose.Key(), ct);

        var whole = await store.RecordAsync(message.Channel.Key(), message.Address, message.Text, message.IdempotencyKey,
            message.Purpose.Key(), null, ct);
        if (whole.State != "pending")
            return new SendResult(OutcomeOf(whole.State), whole.ProviderMessageId, whole.ErrorCode, "already " + whole.State);
        SendResult result = null!;
        foreach (var part in parts)
        {
            result = await SendOneAsync(part, PartPurpose, ct);
            if (result.Outcome != SendOutcome.Sent) break;
        }

        await FinishAsync(whole, result);
        return result;
    }

    /// <summary>The record purpose of one part of a split message: sent only through its whole's sends.</summary>
    internal const string PartPurpose = "part";

    private async Task<SendResult> SendOneAsync(OutboundMessage message, string recordPurpose, CancellationToken ct)
    {
        var record = await store.RecordAsync(message.Channel.Key(), message.Address, message.Text, message.IdempotencyKey,
            recordPurpose, SmsSegments.Billed(message.Channel, message.Text), ct);
        // Only a pending row is sent: a repeated call for a message already sent (or refused) reports what happened.
        // Callers never send one key from two places at once (inbound ids are claimed first; the outbox leases rows).
        if (record.State != "pending")
            return new SendResult(OutcomeOf(record.State), record.ProviderMessageId, record.ErrorCode, "already " + record.State);

        var result = await gate.SendAsync(message, SendPriority.Reply, ct);
        await FinishAsync(record, result);
        if (result.Outcome != SendOutcome.Sent)
            Log.SendNotAccepted(logger, message.Channel.Key(), record.Id, result.Outcome.ToString(), result.Code ?? "");
        return result;
    }

    /// <summary>Writes a send's outcome on its record: a refusal for now is tried again later, up to its tries.</summary>
    private async Task FinishAsync(OutboundRecord record, SendResult result)
    {
        var state = StateOf(result.Outcome, gate.IsLive(ChannelNames.FromKey(record.Channel)));
        DateTimeOffset? retryAt = null;
        // A per-number window (Tencent) is waited out without using up the message's tries.
        var attempts = result.NotAnAttempt ? record.Attempts : record.Attempts + 1;
        if (state == "pending" && attempts >= MaxAttempts) state = "failed";
        else if (state == "pending")
            retryAt = time.GetUtcNow() + Backoff.Delay(Math.Max(1, attempts), RetryBase, RetryMax, result.RetryAfter, Random.Shared.NextDouble());
        await store.SetOutcomeAsync(record.Id, state, result.ProviderMessageId, result.Detail, result.Code, retryAt,
            CancellationToken.None, counted: !result.NotAnAttempt);
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
