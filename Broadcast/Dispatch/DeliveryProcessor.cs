using Alerts.Broadcast.Outbox;
using Alerts.Broadcast.Shelters;
using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Alerts.Store.Outbound;
using Alerts.Store.People;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>
/// One attempt on one claimed row, in its lane: ask the provider first if an earlier send may have gone, send the
/// warning on the lane's channel through the one <see cref="SendGate"/>, and write the outcome back under the batch's
/// lease. A row its lane cannot deliver (the person left WeChat, WeChat refused them) moves to the next channel's
/// lane, pending: it is never texted inside the WeChat attempt, so WeChat rows never wait on an SMS provider.
/// </summary>
internal sealed class DeliveryProcessor(
    DeliveryStore store, SendGate gate, OutboundMessageStore outbound, DispatchSignal signal,
    IOptions<DispatchOptions> options, WarningMessages messages, IShelterDirections shelters, TimeProvider time,
    ILogger<DeliveryProcessor> logger)
{
    /// <summary>
    /// Processes the row. Throws OperationCanceledException only when <paramref name="ct"/> stopped it before its
    /// send began; then the caller puts it back in the queue.
    /// </summary>
    public async Task ProcessAsync(ClaimedDelivery row, BatchLease lease, ClaimedBatch batch, CancellationToken ct)
    {
        using var scope = Log.DeliveryScope(logger, row.Id, row.WarningId, row.PersonId, row.Attempts);
        try
        {
            if (await RunAsync(row, lease, batch, ct) is { } outcome) await FinishAsync(row, lease, outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A bug or a database failure mid-attempt: whatever happened at the provider, ask before resending.
            Log.DeliveryCrashed(logger, row.Id, e);
            await FinishAsync(row, lease, new DeliveryOutcome(DeliveryStates.Unknown, null, e.GetType().Name,
                time.GetUtcNow() + options.Value.ReconcileDelay, InDoubt: true));
        }
    }

    /// <summary>The outcome to write, or null when there is nothing to write (the lease was lost).</summary>
    private async Task<DeliveryOutcome?> RunAsync(ClaimedDelivery row, BatchLease lease, ClaimedBatch batch,
        CancellationToken ct)
    {
        if (Check(row, batch, out var warning, out var person) is { } refused) return refused;
        var lane = row.Channel!;
        var address = lane == ChannelChoice.WeChat ? person.WechatOpenid : person.Phone;
        if (!Reaches(lane, person.Reach) || string.IsNullOrEmpty(address))
            return row.InDoubt ? Unknown("left the channel while in doubt") : MoveOn(row, person, "no longer reachable on " + lane);

        // The shelter differs per village, so it is looked up per recipient, not once per warning.
        var shelter = WarningText.NamesShelter(warning) && person.RegionCode is { } place
            ? await shelters.ForVillageAsync(place, ct) : null;
        var message = Message(lane, address, warning, person.PersonId, shelter);
        var stillInDoubt = false;
        var possibleDuplicate = false;
        if (row.InDoubt && !gate.IsSimulated)
        {
            var answer = await gate.ReconcileAsync(message, new DoubtfulSend(row.FirstAttemptUtc, row.DoubtSinceUtc ?? row.FirstAttemptUtc), ct);
            Log.Reconciled(logger, lane, AddressMask.Mask(address), answer.Verdict.ToString());
            switch (answer.Verdict)
            {
                case ReconcileVerdict.Sent:
                    return new DeliveryOutcome(DeliveryStates.Sent, answer.ProviderMessageId, null, time.GetUtcNow());
                case ReconcileVerdict.AskLater:
                    return AskAgain(row, "the provider did not answer whether it was sent");
                case ReconcileVerdict.CannotTell:
                    return Unknown("cannot tell whether it was sent; not resending");
            }

            stillInDoubt = answer.StillInDoubt;
            possibleDuplicate = answer.PossibleDuplicate;
            if (possibleDuplicate) Log.ResendingUnconfirmed(logger, lane, AddressMask.Mask(address));
        }

        if (gate.IsSimulated) return await SimulateAsync(row, message);
        var began = time.GetUtcNow();
        var result = await gate.SendAsync(message, SendPriority.Broadcast, c => lease.HoldAsync(row.Id, c), ct);
        if (result is null) return null;
        var outcome = Map(row, person, lane, address, result, stillInDoubt);
        return outcome with
        {
            PossibleDuplicate = possibleDuplicate && outcome.State == DeliveryStates.Sent,
            DoubtSince = result.Outcome == SendOutcome.Unknown ? began : outcome.DoubtSince,
        };
    }

    /// <summary>An outcome without sending when the row cannot or must not be sent; null to go ahead.</summary>
    private DeliveryOutcome? Check(ClaimedDelivery row, ClaimedBatch batch, out DeliveryWarning warning,
        out DeliveryRecipient person)
    {
        batch.Warnings.TryGetValue(row.WarningId, out warning!);
        batch.Recipients.TryGetValue(row.PersonId, out person!);
        if (warning is null || !warning.IsLive(time.GetUtcNow()))
        {
            Log.WarningNotLive(logger, row.WarningId, warning?.Status ?? "missing");
            // In doubt until the warning ended, and never known: it stays unknown, and is counted so.
            return row.InDoubt ? Unknown($"warning {warning?.Status ?? "missing"} while in doubt")
                : Final(DeliveryStates.Failed, $"warning {warning?.Status ?? "missing"}");
        }

        // Attempts bound rows that keep failing; a row in doubt is asked about for as long as its warning is in force.
        if (row.Attempts > options.Value.MaxAttempts && !row.InDoubt) return Final(DeliveryStates.Failed, "too many attempts");
        return person is null ? Final(DeliveryStates.Failed, "person missing") : null;
    }

    private static bool Reaches(string lane, Reach reach) =>
        lane == ChannelChoice.WeChat ? reach.FollowsOnWeChat : lane == ChannelChoice.Sms && reach.CanText;

    /// <summary>The warning as this lane sends it: a WeChat template (its key deduplicates resends), or the SMS text.</summary>
    internal OutboundMessage Message(string lane, string address, DeliveryWarning warning, long personId, string? shelter = null)
    {
        var o = options.Value;
        // The same words the console's preview showed the official (WarningMessages), on either lane.
        var words = messages.Of(warning, shelter);
        var text = words.Sms;
        if (lane != ChannelChoice.WeChat)
            return new OutboundMessage(ChannelKind.Sms, address, text, DeliveryKeys.Outbound(warning.Id, personId, lane))
            {
                // A template provider (Tencent) fills "warning.{hazard}.{level}" from these; Twilio sends the text.
                Template = new MessageTemplate($"{warning.Hazard}.{warning.Level}", WarningText.SmsValues(warning, shelter)),
                Purpose = MessagePurpose.Warning,
            };
        var url = string.IsNullOrWhiteSpace(o.DetailUrl) ? null
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, o.DetailUrl, warning.Id);
        return new OutboundMessage(ChannelKind.WeChat, address, text, DeliveryKeys.ClientMsgId(warning.Id, personId))
        {
            Template = new MessageTemplate(words.TemplateKey, words.TemplateData, url),
            Purpose = MessagePurpose.Warning,
        };
    }

    /// <summary>No provider at all: the message is written to the outbound log, where the simulator page shows it.</summary>
    private async Task<DeliveryOutcome> SimulateAsync(ClaimedDelivery row, OutboundMessage message)
    {
        var key = DeliveryKeys.Outbound(row.WarningId, row.PersonId, row.Channel!);
        await outbound.RecordSimulatedAsync(row.Channel!, message.Address, message.Text, key, "warning",
            Channels.Sms.SmsSegments.Billed(message.Channel, message.Text), CancellationToken.None);
        return new DeliveryOutcome(DeliveryStates.Sent, "sim-" + key, null, time.GetUtcNow());
    }

    private DeliveryOutcome Map(ClaimedDelivery row, DeliveryRecipient person, string lane, string address,
        SendResult result, bool stillInDoubt)
    {
        var now = time.GetUtcNow();
        var masked = AddressMask.Mask(address);
        var error = result.Code is null ? result.Detail : $"{result.Code}: {result.Detail}";
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                Log.Sent(logger, lane, masked, result.ProviderMessageId);
                return new DeliveryOutcome(DeliveryStates.Sent, result.ProviderMessageId, null, now);
            case SendOutcome.Retryable when result.NotAnAttempt || row.Attempts < options.Value.MaxAttempts:
                var next = now + Delay(row.Attempts, result.RetryAfter);
                Log.WillRetry(logger, lane, masked, next, result.Code);
                return new DeliveryOutcome(DeliveryStates.Pending, null, error, next, InDoubt: stillInDoubt,
                    NotAnAttempt: result.NotAnAttempt);
            case SendOutcome.Retryable:
                return stillInDoubt ? Unknown(error) : Final(DeliveryStates.Failed, error);
            case SendOutcome.Unknown:
                Log.OutcomeUnknown(logger, lane, masked, result.Code);
                // Its tries are spent (asking costs none): a provider that never answers must not be sent to forever.
                return row.Attempts >= options.Value.MaxAttempts ? Unknown(error)
                    : new DeliveryOutcome(DeliveryStates.Unknown, null, error, now + options.Value.ReconcileDelay, InDoubt: true);
            // Nothing went out on this channel: the next one in the person's order may reach them.
            case SendOutcome.Unreachable or SendOutcome.Failed when !stillInDoubt && ChannelChoice.After(lane, person.Reach) is not null:
                Log.FallingBackToSms(logger, lane, masked, result.Code);
                return MoveOn(row, person, error);
            case SendOutcome.Unreachable:
                Log.Unreachable(logger, $"{lane} {result.Code}");
                return Final(DeliveryStates.Unreachable, error);
            default:
                Log.Failed(logger, lane, result.Code, result.Detail);
                return Final(DeliveryStates.Failed, error);
        }
    }

    /// <summary>To the next channel's lane, due now; unreachable when no channel is left.</summary>
    private DeliveryOutcome MoveOn(ClaimedDelivery row, DeliveryRecipient person, string? why)
    {
        if (ChannelChoice.After(row.Channel!, person.Reach) is not { } next)
        {
            Log.Unreachable(logger, why ?? "no channel left");
            return Final(DeliveryStates.Unreachable, why);
        }

        return new DeliveryOutcome(DeliveryStates.Pending, null, why, time.GetUtcNow(), MoveTo: next);
    }

    /// <summary>Still in doubt: ask the provider again after the backoff for this many attempts.
    /// Asking is not sending, so the claim's attempt is given back: a row asked about for minutes still has its tries
    /// when the answer is "send it again".</summary>
    private DeliveryOutcome AskAgain(ClaimedDelivery row, string why) =>
        new(DeliveryStates.Unknown, null, why, time.GetUtcNow() + Delay(row.Attempts, null, options.Value.ReconcileDelay),
            InDoubt: true, NotAnAttempt: true);

    /// <summary>Left unknown for good: nobody can tell whether it went, and resending could reach them twice.</summary>
    private DeliveryOutcome Unknown(string? why) => Final(DeliveryStates.Unknown, why);

    private TimeSpan Delay(int attempts, TimeSpan? retryAfter, TimeSpan? baseDelay = null) =>
        Backoff.Delay(attempts, baseDelay ?? options.Value.RetryBaseDelay, options.Value.RetryMaxDelay, retryAfter,
            Random.Shared.NextDouble());

    private DeliveryOutcome Final(string state, string? error) => new(state, null, error, time.GetUtcNow());

    private async Task FinishAsync(ClaimedDelivery row, BatchLease lease, DeliveryOutcome outcome)
    {
        // Not cancellable: once the provider answered, the answer must be written even during shutdown.
        if (!await store.FinishAsync(row.Id, lease.Current, outcome, CancellationToken.None))
            Log.LeaseLost(logger, row.Id);
        // A row moved to another lane is due at once: its lane need not wait for its next poll.
        else if (outcome.MoveTo is { } lane) signal.Wake(lane);
    }
}
