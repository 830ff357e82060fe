using Alerts.Bot.Conversations;
using Alerts.Channels.Messages;
using Alerts.Host.Inbound;
using Alerts.Host.Tests.Support;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Host.Tests.Inbound;

/// <summary>
/// Issue 10 item 5: the claim of the message id, the turn's records and its answer are one transaction. What the
/// failed or conflicting attempt wrote is rolled back with its claim; the attempt that commits writes once.
/// </summary>
public sealed class OneWriteTurnTests
{
    private const string Villager = "+8613812345678";

    [Fact]
    public async Task ATurnThatFailsIsRolledBackWithItsClaimAndTheApologyIsAnsweredAndRecordedOnce()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var handler = new ScriptedTurns(_ => throw new InvalidOperationException("a bug in the turn"));
        var poster = new TwilioWebhookPoster(app.WithTurnHandler(handler).CreateClient());
        var sid = TwilioWebhookPoster.NewSid();

        var first = await TwilioWebhookPoster.MessagesOfAsync(await poster.InboundAsync(Villager, "房子塌了", sid));
        var retry = await TwilioWebhookPoster.MessagesOfAsync(await poster.InboundAsync(Villager, "房子塌了", sid));

        Assert.Equal([InboundTurns.Sorry], first);
        Assert.Equal(first, retry);
        Assert.Equal(1, handler.Calls);
        using var db = app.OpenDatabase();
        Assert.Empty(db.Query<string>("SELECT phone FROM sms_opt_outs"));
        Assert.Equal("passive", db.QuerySingle<string>("SELECT reply_via FROM inbound_messages WHERE provider_message_id = @sid", new { sid }));
    }

    [Fact]
    public async Task AVersionConflictRunsTheWholeUnitAgainClaimIncludedAndOnlyTheCommittedAttemptsRecordsRemain()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        // The first attempt finds the conversation moved on (what a concurrent turn on PostgreSQL causes).
        var handler = new ScriptedTurns(call => call == 1 ? null : OutboundReply.Of("第二次才成"));
        var poster = new TwilioWebhookPoster(app.WithTurnHandler(handler).CreateClient());
        var sid = TwilioWebhookPoster.NewSid();

        var answer = await TwilioWebhookPoster.MessagesOfAsync(await poster.InboundAsync(Villager, "水涨了", sid));

        Assert.Equal(["第二次才成"], answer);
        Assert.Equal(2, handler.Calls);
        using var db = app.OpenDatabase();
        Assert.Equal(["+86130000000002"], db.Query<string>("SELECT phone FROM sms_opt_outs"));
        Assert.Equal(1, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }

    [Fact]
    public void TheReplyRouteIsDecidedOnceByWhicheverComesFirst()
    {
        var passiveFirst = new ReplyRoute();
        Assert.True(passiveFirst.TryPassive());
        Assert.False(passiveFirst.TryDefer());
        Assert.True(passiveFirst.TryPassive());

        var deferredFirst = new ReplyRoute();
        Assert.True(deferredFirst.TryDefer());
        Assert.False(deferredFirst.TryPassive());
        Assert.True(deferredFirst.TryDefer());
    }

    /// <summary>
    /// Writes a record of its own in the turn's transaction (a row numbered by the call), then answers as scripted:
    /// a reply, null for a version conflict, or an exception for a bug.
    /// </summary>
    private sealed class ScriptedTurns(Func<int, OutboundReply?> answer) : ITurnHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public async Task<OutboundReply?> HandleAsync(InboundMessage message, UnitOfWork work, CancellationToken ct)
        {
            var call = Interlocked.Increment(ref _calls);
            await work.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO sms_opt_outs (phone, opted_out, updated_utc) VALUES (@Phone, 1, '2026-07-01T08:00:00.0000000Z')",
                new { Phone = $"+8613000000000{call}" }, work.Transaction, cancellationToken: ct));
            return answer(call);
        }
    }
}
