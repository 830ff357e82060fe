using System.Collections.Concurrent;
using Alerts.Channels.Messages;
using Alerts.Host.Logging;
using Alerts.Store.Inbound;

namespace Alerts.Host.Inbound;

/// <summary>
/// The one path every inbound message takes, whatever the channel: record its provider id (a retry gets the first
/// answer and is never processed twice), apply channel events, run the bot, and hand back the reply if it is ready
/// within the channel's budget; otherwise the reply leaves later through the send API.
/// </summary>
internal sealed class InboundPipeline(
    InboundMessageStore store, IInboundHandler handler, ChannelEvents events, DeferredReplies deferred,
    ILogger<InboundPipeline> logger)
{
    internal const string Sorry = "系统繁忙，请稍后再试。如有危险，请先到安全的地方，拨打110、119或120。";
    // Longer than any turn should take; a row still 'processing' after this was left by a crash and may be retaken.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private const string Passive = "passive";

    // Deliveries of one id that overlap in this process wait for the first one's decision (its passive texts, or
    // none when the reply goes through the API) instead of answering "success" at once: WeChat retries a push when
    // the first connection took too long, and then only the retry's answer can still reach the person.
    private readonly ConcurrentDictionary<(string Channel, string Id), Task<IReadOnlyList<string>>> _deciding = new();

    /// <summary>The texts to put in the HTTP answer; empty when there is nothing to say there.</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(InboundMessage m, TimeSpan budget, CancellationToken ct) =>
        (await AnswerAsync(m, budget, ct)).Texts;

    /// <summary>As <see cref="ProcessAsync"/>, and whether this delivery is the one that ran the turn.</summary>
    public async Task<InboundAnswer> AnswerAsync(InboundMessage m, TimeSpan budget, CancellationToken ct)
    {
        var key = (Channel: m.Channel.Key(), Id: m.ProviderMessageId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Channel"] = key.Channel, ["MessageId"] = key.Id });
        var claim = await ClaimAsync(m, ct);
        if (claim.State == InboundClaimState.InProgress && _deciding.TryGetValue(key, out var first))
        {
            Log.RepeatedMessage(logger, key.Channel, key.Id, "Overlapping");
            // The first delivery decides within its own budget, which started before ours.
            return new InboundAnswer(await FinishesWithinAsync(first, budget, ct) ? await first : [], false);
        }

        // The first delivery may have finished between the claim and the look-up: its record says how.
        if (claim.State == InboundClaimState.InProgress) claim = await ClaimAsync(m, ct);
        if (claim.State != InboundClaimState.New)
        {
            Log.RepeatedMessage(logger, key.Channel, key.Id, claim.State.ToString());
            // The same answer again, unless it already left through the API: then saying it twice would duplicate it.
            return new InboundAnswer(claim.State == InboundClaimState.Answered && claim.ReplyVia == Passive ? claim.Reply : [], false);
        }

        var decided = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _deciding[key] = decided.Task;
        IReadOnlyList<string> texts = [];
        try
        {
            texts = await DecideAsync(m, budget, ct);
            return new InboundAnswer(texts, true);
        }
        finally
        {
            // Only after the record is complete, so that a delivery arriving now finds it answered.
            decided.TrySetResult(texts);
            _deciding.TryRemove(key, out _);
        }
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

    private Task<InboundClaim> ClaimAsync(InboundMessage m, CancellationToken ct) =>
        store.ClaimAsync(m.Channel.Key(), m.ProviderMessageId, m.Address, m.Kind.ToString().ToLowerInvariant(), m.Text,
            m.ReceivedUtc, Lease, ct);

    /// <summary>
    /// Runs the turn; returns its texts if they are ready within the budget, else sends them later. An answer the
    /// handler recorded itself (the bot does, in its turn's transaction, as passive unless already marked "send") is not
    /// written again; so the deferral is marked the moment it is decided, usually before the turn commits.
    /// </summary>
    private async Task<IReadOnlyList<string>> DecideAsync(InboundMessage m, TimeSpan budget, CancellationToken ct)
    {
        // Not the request's token: a slow turn goes on after WeChat has hung up, and its reply is sent later.
        var turn = RunTurnAsync(m);
        if (await FinishesWithinAsync(turn, budget, ct))
        {
            var reply = await turn;
            if (!reply.Recorded)
                await store.CompleteAsync(m.Channel.Key(), m.ProviderMessageId, reply.Texts, Passive, CancellationToken.None);
            return reply.Texts;
        }

        Log.ReplyDeferred(logger, m.Channel.Key(), m.ProviderMessageId);
        await store.MarkSentLaterAsync(m.Channel.Key(), m.ProviderMessageId, CancellationToken.None);
        deferred.Track(SendWhenReadyAsync(m, turn));
        return [];
    }

    private async Task SendWhenReadyAsync(InboundMessage m, Task<OutboundReply> turn)
    {
        var reply = await turn;
        if (!reply.Recorded)
            await store.CompleteAsync(m.Channel.Key(), m.ProviderMessageId, reply.Texts, "send", CancellationToken.None);
        await deferred.SendAsync(m, reply.Texts, 0);
    }

    private async Task<OutboundReply> RunTurnAsync(InboundMessage m)
    {
        try
        {
            return await events.ApplyAsync(m, CancellationToken.None)
                   ?? await handler.HandleAsync(m, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // A bug in a turn must not leave the person without an answer, nor make the provider retry forever.
            Log.HandlerFailed(logger, m.Channel.Key(), m.ProviderMessageId, ex);
            return OutboundReply.Of(Sorry);
        }
    }
}
