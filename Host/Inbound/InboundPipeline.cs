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

    /// <summary>The texts to put in the HTTP answer; empty when there is nothing to say there.</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(InboundMessage m, TimeSpan budget, CancellationToken ct)
    {
        var channel = m.Channel.Key();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Channel"] = channel, ["MessageId"] = m.ProviderMessageId });
        var claim = await store.ClaimAsync(channel, m.ProviderMessageId, m.Address, m.Kind.ToString().ToLowerInvariant(),
            m.Text, m.ReceivedUtc, Lease, ct);
        if (claim.State != InboundClaimState.New)
        {
            Log.RepeatedMessage(logger, channel, m.ProviderMessageId, claim.State.ToString());
            // The same answer again, unless it already left through the API: then saying it twice would duplicate it.
            return claim.State == InboundClaimState.Answered && claim.ReplyVia == Passive ? claim.Reply : [];
        }

        // Not the request's token: a slow turn goes on after WeChat has hung up, and its reply is sent later.
        var turn = RunTurnAsync(m);
        if (await Task.WhenAny(turn, Task.Delay(budget, ct)) == turn)
        {
            var texts = await turn;
            await store.CompleteAsync(channel, m.ProviderMessageId, texts, Passive, CancellationToken.None);
            return texts;
        }

        Log.ReplyDeferred(logger, channel, m.ProviderMessageId);
        deferred.Track(SendWhenReadyAsync(m, turn));
        return [];
    }

    private async Task SendWhenReadyAsync(InboundMessage m, Task<IReadOnlyList<string>> turn)
    {
        var texts = await turn;
        await store.CompleteAsync(m.Channel.Key(), m.ProviderMessageId, texts, "send", CancellationToken.None);
        await deferred.SendAsync(m, texts, 0);
    }

    private async Task<IReadOnlyList<string>> RunTurnAsync(InboundMessage m)
    {
        try
        {
            var reply = await events.ApplyAsync(m, CancellationToken.None)
                        ?? await handler.HandleAsync(m, CancellationToken.None);
            return reply.Texts;
        }
        catch (Exception ex)
        {
            // A bug in a turn must not leave the person without an answer, nor make the provider retry forever.
            Log.HandlerFailed(logger, m.Channel.Key(), m.ProviderMessageId, ex);
            return [Sorry];
        }
    }
}
