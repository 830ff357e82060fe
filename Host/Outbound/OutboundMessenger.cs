using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Alerts.Channels.Twilio;
using Alerts.Host.Logging;
using Alerts.Store.Outbound;
using Alerts.Store.People;

namespace Alerts.Host.Outbound;

/// <summary>
/// Sends one message and keeps its record: written before the send (unique per idempotency key, so asking twice
/// sends once), then updated with the outcome and the provider's id. Respects each channel's send-rate limit.
/// </summary>
internal sealed class OutboundMessenger(
    ChannelSenders senders, OutboundMessageStore store, ReachabilityStore reachability, SendRateLimiter rateLimiter,
    TimeProvider time, ILogger<OutboundMessenger> logger)
{
    /// <summary>A reply still refused after this many tries is given up (failed), so nothing retries forever.</summary>
    internal const int MaxAttempts = 6;

    public async Task<SendResult> SendAsync(OutboundMessage message, string purpose, CancellationToken ct)
    {
        var live = senders.IsLive(message.Channel);
        var segments = message.Channel == ChannelKind.Sms ? SmsSegments.Count(message.Text).Segments : (int?)null;
        var record = await store.RecordAsync(message.Channel.Key(), message.Address, message.Text, message.IdempotencyKey,
            purpose, segments, ct);
        // Only a pending row is sent: a repeated call for a message already sent (or refused) reports what happened.
        // Callers never send one key from two places at once (inbound ids are claimed first; the outbox leases rows).
        if (record.State != "pending")
            return new SendResult(OutcomeOf(record.State), record.ProviderMessageId, record.ErrorCode, "already " + record.State);

        SendResult result;
        // An opted-out number (STOP, TD, 退订) is never texted, whatever asked for it; START or 订阅 undoes that.
        if (message.Channel == ChannelKind.Sms && await reachability.IsSmsOptedOutAsync(message.Address, ct))
            result = new SendResult(SendOutcome.Unreachable, Code: "opted-out", Detail: "recipient opted out of SMS");
        else if (live)
        {
            // Replies and notices take the reply lane: a permit goes to them before any waiting broadcast, so a person
            // talking to the bot never queues behind a warning being dispatched to thousands.
            using var lease = await rateLimiter.AcquireAsync(message.Channel.ProviderName(), SendPriority.Reply, ct);
            result = lease.IsAcquired
                ? await senders.For(message.Channel).SendAsync(message, ct)
                : new SendResult(SendOutcome.Retryable, Code: "rate-limited", Detail: "send queue full");
        }
        else
        {
            result = await senders.For(message.Channel).SendAsync(message, ct);
        }

        if (message.Channel == ChannelKind.Sms && TwilioErrorCodes.IsOptOut(result.Code))
            await reachability.SetSmsOptOutAsync(message.Address, true, CancellationToken.None);
        var state = StateOf(result.Outcome, live);
        DateTimeOffset? retryAt = null;
        if (state == "pending" && record.Attempts + 1 >= MaxAttempts) state = "failed";
        else if (state == "pending") retryAt = time.GetUtcNow() + RetryDelay(record.Attempts, result.RetryAfter);
        await store.SetOutcomeAsync(record.Id, state, result.ProviderMessageId, result.Detail, result.Code, retryAt, CancellationToken.None);
        if (result.Outcome != SendOutcome.Sent)
            Log.SendNotAccepted(logger, message.Channel.Key(), record.Id, result.Outcome.ToString(), result.Code ?? "");
        return result;
    }

    // 5 s, 15 s, 45 s, … capped at 10 minutes, or the provider's Retry-After when it says more.
    private static TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(3, attempts)));
        return retryAfter is { } after && after > backoff ? after : backoff;
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
