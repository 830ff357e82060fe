using Alerts.Broadcast.Outbox;
using Alerts.Channels.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// One attempt on one claimed row: reconcile it first if an earlier send may have gone, pick the person's channel
/// (WeChat template when they follow the account, else SMS unless opted out), fall back to SMS in the same attempt
/// when WeChat cannot reach them, and write the outcome back under the row's lease.
/// </summary>
internal sealed class DeliveryProcessor(
    DeliveryStore store, DeliveryChannels channels, IOptions<DispatchOptions> options, TimeProvider time,
    ILogger<DeliveryProcessor> logger)
{
    private static readonly TimeSpan WeChatDedupWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Processes the row. Throws OperationCanceledException only when <paramref name="ct"/> stopped it before its
    /// send began; then the caller puts it back in the queue.
    /// </summary>
    public async Task ProcessAsync(ClaimedDelivery row, ClaimedBatch batch, CancellationToken ct)
    {
        using var scope = Log.DeliveryScope(logger, row.Id, row.WarningId, row.PersonId, row.Attempts);
        var attempt = new Attempt(row);
        try
        {
            if (await RunAsync(attempt, batch, ct) is { } outcome) await FinishAsync(attempt, outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A bug or a database failure mid-attempt: whatever happened at the provider, reconcile before resending.
            Log.DeliveryCrashed(logger, row.Id, e);
            await FinishAsync(attempt, new DeliveryOutcome(DeliveryStates.Unknown, null, null, e.GetType().Name,
                time.GetUtcNow() + options.Value.ReconcileDelay, InDoubt: true));
        }
    }

    /// <summary>The outcome to write, or null when there is nothing to write (the lease was lost).</summary>
    private async Task<DeliveryOutcome?> RunAsync(Attempt attempt, ClaimedBatch batch, CancellationToken ct)
    {
        if (Check(attempt.Row, batch, out var warning, out var person) is { } refused) return refused;
        var row = attempt.Row;
        var sms = WarningText.Sms(warning, options.Value.SmsMaxLength);
        if (row.InDoubt && row.Channel == ChannelKind.Sms.Key() && await ReconcileSmsAsync(row, person, sms, ct) is { } known)
            return known;

        // A WeChat send in doubt is resent on WeChat: the same client_msg_id makes WeChat drop a duplicate.
        var weChatInDoubt = row.InDoubt && row.Channel == ChannelKind.WeChat.Key() && person.WechatOpenid is not null;
        if (weChatInDoubt || person.FollowsOnWeChat)
        {
            if (weChatInDoubt && time.GetUtcNow() - row.FirstAttemptUtc > WeChatDedupWindow)
                Log.PastWeChatDedupWindow(logger, row.FirstAttemptUtc);
            var result = await AttemptAsync(attempt, ChannelKind.WeChat,
                c => channels.SendWeChatAsync(person.WechatOpenid!, warning, person.PersonId, c), ct);
            if (result is null) return null;
            // Unreachable (43004 not following, 40003 …) or refused (no template configured): nothing went out on
            // WeChat, so SMS in the same attempt cannot double up. Busy or timed out: retry WeChat later instead.
            if (result.Outcome is not (SendOutcome.Unreachable or SendOutcome.Failed) || !person.CanText)
                return Map(attempt, ChannelKind.WeChat, person.WechatOpenid!, result);
            Log.FallingBackToSms(logger, ChannelKind.WeChat.Key(), AddressMask.Mask(person.WechatOpenid), result.Code);
        }

        return await SendSmsAsync(attempt, person, sms, ct);
    }

    /// <summary>An outcome without sending when the row cannot or must not be sent; null to go ahead.</summary>
    private DeliveryOutcome? Check(ClaimedDelivery row, ClaimedBatch batch, out DeliveryWarning warning,
        out DeliveryRecipient person)
    {
        batch.Warnings.TryGetValue(row.WarningId, out warning!);
        batch.Recipients.TryGetValue(row.PersonId, out person!);
        if (row.Attempts > options.Value.MaxAttempts)
            return Final(row.InDoubt ? DeliveryStates.Unknown : DeliveryStates.Failed, row.Channel, "too many attempts");
        if (warning is null || !warning.IsLive(time.GetUtcNow()))
        {
            Log.WarningNotLive(logger, row.WarningId, warning?.Status ?? "missing");
            return Final(DeliveryStates.Failed, row.Channel, $"warning {warning?.Status ?? "missing"}");
        }

        return person is null ? Final(DeliveryStates.Failed, row.Channel, "person missing") : null;
    }

    private async Task<DeliveryOutcome?> SendSmsAsync(Attempt attempt, DeliveryRecipient person, string body,
        CancellationToken ct)
    {
        if (!person.CanText)
        {
            var reason = person.Phone is null ? "no WeChat and no phone" : "no WeChat and opted out of SMS";
            Log.Unreachable(logger, reason);
            return Final(DeliveryStates.Unreachable, attempt.Row.Channel, reason);
        }

        var sent = await AttemptAsync(attempt, ChannelKind.Sms,
            c => channels.SendSmsAsync(person.Phone!, body, attempt.Row.WarningId, attempt.Row.PersonId, c), ct);
        return sent is null ? null : Map(attempt, ChannelKind.Sms, person.Phone!, sent);
    }

    /// <summary>
    /// Asks Twilio whether the SMS in doubt exists. Found: it was sent. No answer: stay unknown and ask again later,
    /// never resend blindly. Not found (or the simulator, or no number any more): null, send afresh.
    /// </summary>
    private async Task<DeliveryOutcome?> ReconcileSmsAsync(ClaimedDelivery row, DeliveryRecipient person, string body,
        CancellationToken ct)
    {
        if (!channels.IsLive(ChannelKind.Sms) || person.Phone is null) return null;
        var lookup = await channels.FindSmsAsync(person.Phone, row.FirstAttemptUtc, body, ct);
        var masked = AddressMask.Mask(person.Phone);
        Log.Reconciled(logger, masked, lookup.Found ? "found" : lookup.Answered ? "not found" : "no answer");
        if (lookup.Found) return new DeliveryOutcome(DeliveryStates.Sent, ChannelKind.Sms.Key(), lookup.Sid, null, time.GetUtcNow());
        if (lookup.Answered) return null;
        return new DeliveryOutcome(DeliveryStates.Unknown, ChannelKind.Sms.Key(), null, "lookup unanswered",
            time.GetUtcNow() + options.Value.ReconcileDelay, InDoubt: true);
    }

    /// <summary>Waits for a permit, records that the send begins (renewing the lease), sends. Null: lease lost.</summary>
    private async Task<SendResult?> AttemptAsync(Attempt attempt, ChannelKind channel,
        Func<CancellationToken, Task<SendResult>> send, CancellationToken ct)
    {
        using var permit = await channels.PermitAsync(channel, ct);
        if (permit is { IsAcquired: false })
            return new SendResult(SendOutcome.Retryable, Code: "rate-limited", Detail: "send queue full");
        var renewed = await store.BeginAsync(attempt.Row.Id, attempt.Lease, channel.Key(), options.Value.Lease, ct);
        if (renewed is null)
        {
            Log.LeaseLost(logger, attempt.Row.Id);
            attempt.Lost = true;
            return null;
        }

        attempt.Lease = renewed.Value;
        // From here the provider may act: no cancellation, the resilience total timeout bounds the call.
        return await send(CancellationToken.None);
    }

    private DeliveryOutcome Map(Attempt attempt, ChannelKind channel, string address, SendResult result)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var key = channel.Key();
        var masked = AddressMask.Mask(address);
        var error = result.Code is null ? result.Detail : $"{result.Code}: {result.Detail}";
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                Log.Sent(logger, key, masked, result.ProviderMessageId);
                return new DeliveryOutcome(DeliveryStates.Sent, key, result.ProviderMessageId, null, now);
            case SendOutcome.Retryable when IsLocalRejection(result) || attempt.Row.Attempts < o.MaxAttempts:
                var next = now + Backoff.Delay(attempt.Row.Attempts, o.RetryBaseDelay, o.RetryMaxDelay, result.RetryAfter,
                    Random.Shared.NextDouble());
                Log.WillRetry(logger, key, masked, next, result.Code);
                return new DeliveryOutcome(DeliveryStates.Pending, key, null, error, next,
                    NotAnAttempt: IsLocalRejection(result));
            case SendOutcome.Unknown:
                Log.OutcomeUnknown(logger, key, masked, result.Code);
                return new DeliveryOutcome(DeliveryStates.Unknown, key, null, error, now + o.ReconcileDelay, InDoubt: true);
            case SendOutcome.Unreachable:
                Log.Unreachable(logger, $"{key} {result.Code}");
                return Final(DeliveryStates.Unreachable, key, error);
            default:
                Log.Failed(logger, key, result.Code, result.Detail);
                return Final(DeliveryStates.Failed, key, error);
        }
    }

    /// <summary>Our own circuit breaker, concurrency limit or send queue refused: the provider was never asked.</summary>
    private static bool IsLocalRejection(SendResult result) => result.Code is "rejected" or "rate-limited";

    private DeliveryOutcome Final(string state, string? channel, string? error) =>
        new(state, channel, null, error, time.GetUtcNow());

    private async Task FinishAsync(Attempt attempt, DeliveryOutcome outcome)
    {
        if (attempt.Lost) return;
        // Not cancellable: once the provider answered, the answer must be written even during shutdown.
        if (!await store.FinishAsync(attempt.Row.Id, attempt.Lease, outcome, CancellationToken.None))
            Log.LeaseLost(logger, attempt.Row.Id);
    }

    /// <summary>The row being worked on and the lease we currently hold on it.</summary>
    private sealed class Attempt(ClaimedDelivery row)
    {
        public ClaimedDelivery Row { get; } = row;
        public DateTimeOffset Lease { get; set; } = row.LeaseUntilUtc;
        public bool Lost { get; set; }
    }
}
