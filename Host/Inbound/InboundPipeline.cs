using System.Collections.Concurrent;
using Alerts.Channels.Messages;
using Alerts.Host.Logging;

namespace Alerts.Host.Inbound;

/// <summary>
/// The one path every inbound message takes, whatever the channel: run its turn as one write (<see cref="InboundTurns"/>:
/// a retry gets the first answer and is never processed twice), and hand back the reply if it is ready within the
/// channel's budget; otherwise the reply, recorded in the turn, leaves later through the send API.
/// </summary>
internal sealed class InboundPipeline(InboundTurns turns, DeferredReplies deferred, ILogger<InboundPipeline> logger)
{
    private sealed record InFlight(Task<InboundAnswer> Decision, string? Fingerprint);

    // Deliveries of one id that overlap in this process wait for the first one's decision (its passive texts, or
    // none when the reply goes through the API) instead of answering "success" at once: WeChat retries a push when
    // the first connection took too long, and then only the retry's answer can still reach the person. The entry
    // stays until the first delivery's turn has ended, so no later delivery waits on its write lock instead.
    private readonly ConcurrentDictionary<(string Channel, string Id), InFlight> _inFlight = new();

    /// <summary>The texts to put in the HTTP answer; empty when there is nothing to say there.</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(InboundMessage m, TimeSpan budget, CancellationToken ct) =>
        (await AnswerAsync(m, budget, null, ct)).Texts;

    /// <summary>
    /// As <see cref="ProcessAsync"/>, and whether this delivery is the one that ran the turn; refused when
    /// <paramref name="admission"/> (checked in the turn's own transaction) did not pass.
    /// </summary>
    public async Task<InboundAnswer> AnswerAsync(InboundMessage m, TimeSpan budget, Admission? admission, CancellationToken ct)
    {
        var key = (Channel: m.Channel.Key(), Id: m.ProviderMessageId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Channel"] = key.Channel, ["MessageId"] = key.Id });
        var decided = new TaskCompletionSource<InboundAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var mine = new InFlight(decided.Task, admission?.Fingerprint);
        while (!_inFlight.TryAdd(key, mine))
            if (_inFlight.TryGetValue(key, out var first)) return await OverlappingAsync(m, first, budget, admission, ct);

        var route = new ReplyRoute();
        var turn = turns.RunAsync(m, route, admission);
        var entry = new KeyValuePair<(string, string), InFlight>(key, mine);
        _ = turn.ContinueWith(_ => _inFlight.TryRemove(entry), TaskScheduler.Default);
        try
        {
            // The route decides once: a turn that claimed "passive" before the budget ran out is committing, so wait.
            if (await FinishesWithinAsync(turn, budget, ct) || !route.TryDefer())
            {
                var outcome = await turn;
                if (!outcome.Ran && !outcome.Refused) Log.RepeatedMessage(logger, key.Channel, key.Id, "Answered");
                // The same answer again, unless it already left through the API: saying it twice would duplicate it.
                var answer = new InboundAnswer(outcome.Passive ? outcome.Texts : [], outcome.Ran) { Refused = outcome.Refused };
                // Gone before anyone hears the decision: a delivery that waited on a refused one must run its own turn.
                _inFlight.TryRemove(entry);
                decided.TrySetResult(answer);
                return answer;
            }

            Log.ReplyDeferred(logger, key.Channel, key.Id);
            decided.TrySetResult(new InboundAnswer([], true));
            deferred.Track(SendWhenCommittedAsync(m, turn));
            return new InboundAnswer([], true);
        }
        catch (Exception ex)
        {
            // Overlapping deliveries fail too, so the provider retries rather than hearing "success" for nothing.
            decided.TrySetException(ex);
            throw;
        }
    }

    private async Task<InboundAnswer> OverlappingAsync(InboundMessage m, InFlight first, TimeSpan budget,
        Admission? admission, CancellationToken ct)
    {
        Log.RepeatedMessage(logger, m.Channel.Key(), m.ProviderMessageId, "Overlapping");
        // A different signed request than the first one's must pass the check itself (on a write of its own).
        if (admission is not null && admission.Fingerprint != first.Fingerprint && !await turns.AdmitAsync(admission, ct))
            return new InboundAnswer([], false) { Refused = true };
        // The first delivery decides within its own budget, which started before ours.
        if (!await FinishesWithinAsync(first.Decision, budget, ct)) return new InboundAnswer([], false);
        var decision = await first.Decision;
        return decision.Refused ? await AnswerAsync(m, budget, admission, ct) : decision with { IsFirst = false };
    }

    /// <summary>
    /// Waits for <paramref name="task"/> up to <paramref name="budget"/>; the timer is cancelled as soon as the task
    /// ends, so a busy webhook does not keep thousands of idle budget timers alive.
    /// </summary>
    private static async Task<bool> FinishesWithinAsync(Task task, TimeSpan budget, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(budget, timer.Token);
        var finished = await Task.WhenAny(task, delay) == task;
        await timer.CancelAsync();
        return finished;
    }

    /// <summary>
    /// A message from a channel that takes no reply in its HTTP answer (Tencent SMS): the turn records its reply as
    /// pending, and it leaves through the send API once the turn commits. False when the message had been processed
    /// before (a repeated push), so nothing is said again.
    /// </summary>
    public async Task<bool> ProcessWithoutAnswerAsync(InboundMessage m, CancellationToken ct)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Channel"] = m.Channel.Key(), ["MessageId"] = m.ProviderMessageId });
        var route = new ReplyRoute();
        route.TryDefer();
        var outcome = await turns.RunAsync(m, route, null).WaitAsync(ct);
        if (!outcome.Ran) Log.RepeatedMessage(logger, m.Channel.Key(), m.ProviderMessageId, "Answered");
        else if (!outcome.Passive) deferred.Track(deferred.SendAsync(m, outcome.Texts, 0));
        return outcome.Ran;
    }

    /// <summary>The reply of a deferred turn, recorded as pending in its transaction, is sent once that commits.</summary>
    private async Task SendWhenCommittedAsync(InboundMessage m, Task<InboundTurns.Outcome> turn)
    {
        var outcome = await turn;
        if (outcome.Ran && !outcome.Passive) await deferred.SendAsync(m, outcome.Texts, 0);
    }
}
