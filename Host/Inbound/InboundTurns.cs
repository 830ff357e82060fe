using Alerts.Bot.Conversations;
using Alerts.Channels.Messages;
using Alerts.Host.Logging;
using Alerts.Store.Database;
using Alerts.Store.Inbound;

namespace Alerts.Host.Inbound;

/// <summary>
/// A turn is one write: the admission check, the claim of the message id (a unique insert), the channel's events, the
/// bot's turn and the recorded answer (with the reply's outbound rows when it goes through the send API) share one
/// transaction. A crash anywhere rolls it all back, so the provider's retry is processed as if new; a retry after the
/// commit finds the answer. On SQLite the transaction is IMMEDIATE, so deliveries of one id are serialised by the write
/// lock; on PostgreSQL the second insert of an id waits for the first transaction to end.
/// </summary>
internal sealed class InboundTurns(
    StoreDb db, InboundMessageStore inbound, ChannelEvents events, ITurnHandler handler, DeferredReplies deferred,
    ILogger<InboundTurns> logger)
{
    internal const string Sorry = "系统繁忙，请稍后再试。如有危险，请先到安全的地方，拨打110、119或120。";
    private const int MaxAttempts = 3;

    /// <summary>What one delivery's unit did: ran the turn (its reply; whether it went passive), found the answer an
    /// earlier delivery committed, or was refused before the claim.</summary>
    internal sealed record Outcome(IReadOnlyList<string> Texts, bool Passive, bool Ran, bool Refused = false);

    /// <summary>
    /// Runs <paramref name="m"/>'s turn to its commit. Not the request's token: a slow turn goes on after the provider
    /// has hung up, and its reply is sent later.
    /// </summary>
    public async Task<Outcome> RunAsync(InboundMessage m, ReplyRoute route, Admission? admission)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                // The whole unit again on a version conflict, claim included: the conflicting turn's rollback undid it.
                if (await TryOnceAsync(m, route, admission, TurnAsync) is { } outcome) return outcome;
                if (attempt == MaxAttempts) throw new InvalidOperationException("The conversation kept changing under this turn.");
                Log.ConcurrentTurn(logger, m.Channel.Key(), m.ProviderMessageId, attempt);
            }
        }
        catch (Exception ex)
        {
            // A bug in a turn must not leave the person without an answer, nor make the provider retry forever: the
            // failed unit rolled back, and the apology is claimed, recorded and said once, like any answer.
            Log.HandlerFailed(logger, m.Channel.Key(), m.ProviderMessageId, ex);
            return (await TryOnceAsync(m, route, admission, (_, _, _) => Task.FromResult<OutboundReply?>(OutboundReply.Of(Sorry))))!;
        }
    }

    /// <summary>A check on its own write, for a delivery that overlaps one already running its turn here.</summary>
    public async Task<bool> AdmitAsync(Admission admission, CancellationToken ct)
    {
        await using var work = await db.BeginAsync(ct);
        var admitted = await admission.AdmitsAsync(work, ct);
        await work.CommitAsync(ct);
        return admitted;
    }

    private async Task<OutboundReply?> TurnAsync(InboundMessage m, UnitOfWork work, CancellationToken ct) =>
        await events.ApplyAsync(m, work, ct) ?? await handler.HandleAsync(m, work, ct);

    /// <summary>One unit of work; null when the turn met a concurrent one and was rolled back.</summary>
    private async Task<Outcome?> TryOnceAsync(InboundMessage m, ReplyRoute route, Admission? admission,
        Func<InboundMessage, UnitOfWork, CancellationToken, Task<OutboundReply?>> turn)
    {
        var ct = CancellationToken.None;
        var channel = m.Channel.Key();
        await using var work = await db.BeginAsync(ct);
        if (admission is not null && !await admission.AdmitsAsync(work, ct)) return new Outcome([], false, false, Refused: true);
        var claim = await inbound.ClaimAsync(work, channel, m.ProviderMessageId, m.Address, m.Kind.ToString().ToLowerInvariant(),
            m.Text, m.ReceivedUtc, ct);
        if (!claim.IsNew)
        {
            // Only the admission's record to keep.
            await work.CommitAsync(ct);
            return new Outcome(claim.Reply, claim.ReplyVia == InboundMessageStore.Passive, false);
        }

        if (await turn(m, work, ct) is not { } reply) return null;
        var passive = route.TryPassive();
        await inbound.AnswerAsync(work, channel, m.ProviderMessageId, reply.Texts,
            passive ? InboundMessageStore.Passive : InboundMessageStore.Send, ct);
        if (!passive) await deferred.RecordAsync(work, m, reply.Texts, ct);
        await work.CommitAsync(ct);
        return new Outcome(reply.Texts, passive, true);
    }
}
