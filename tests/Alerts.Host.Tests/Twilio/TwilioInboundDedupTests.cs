using System.Net;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Twilio;

/// <summary>
/// Twilio retries a webhook it got no answer to, and a captured request can be replayed: one MessageSid is processed
/// once and always answered with the first TwiML, concurrently and across a restart.
/// </summary>
public sealed class TwilioInboundDedupTests
{
    private const string Villager = "+8613812345678";

    [Fact]
    public async Task TheSameMessageSidDeliveredTwiceIsProcessedOnceAndAnsweredTheSameBothTimes()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var handler = new CountingInboundHandler();
        var poster = new TwilioWebhookPoster(app.WithTurnHandler(handler).CreateClient());
        var sid = TwilioWebhookPoster.NewSid();

        var first = await poster.InboundAsync(Villager, "房子进水了", sid);
        var second = await poster.InboundAsync(Villager, "房子进水了", sid);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["第1次处理：房子进水了"], await TwilioWebhookPoster.MessagesOfAsync(first));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, handler.Count);
        AssertOneAnsweredRow(app, sid);
    }

    [Fact]
    public async Task ConcurrentDeliveriesOfOneMessageSidAreProcessedOnce()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var handler = new CountingInboundHandler(TimeSpan.FromMilliseconds(300));
        var poster = new TwilioWebhookPoster(app.WithTurnHandler(handler).CreateClient());
        var sid = TwilioWebhookPoster.NewSid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => poster.InboundAsync(Villager, "桥断了", sid)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, handler.Count);
        var answers = await Task.WhenAll(responses.Select(TwilioWebhookPoster.MessagesOfAsync));
        // The delivery that ran the turn carries the reply; the others, still in progress, get an empty <Response/>
        // unless the turn had finished by the time they looked.
        Assert.Contains(answers, a => a.SequenceEqual(["第1次处理：桥断了"]));
        Assert.All(answers, a => Assert.True(a.Count == 0 || a.SequenceEqual(["第1次处理：桥断了"])));
        AssertOneAnsweredRow(app, sid);

        var later = await poster.InboundAsync(Villager, "桥断了", sid);
        Assert.Equal(["第1次处理：桥断了"], await TwilioWebhookPoster.MessagesOfAsync(later));
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task AfterARestartARetryGetsTheSameTwiMLAndIsNotProcessedAgain()
    {
        var sid = TwilioWebhookPoster.NewSid();
        await using var before = new AlertsApp(TwilioTestSettings.Webhooks());
        var firstHandler = new CountingInboundHandler();
        var first = await new TwilioWebhookPoster(before.WithTurnHandler(firstHandler).CreateClient())
            .InboundAsync(Villager, "需要转移", sid);

        var settings = TwilioTestSettings.Webhooks();
        settings["ConnectionStrings:Alerts"] = $"Data Source={before.DatabasePath}";
        await using var after = new AlertsApp(settings);
        var secondHandler = new CountingInboundHandler();
        var second = await new TwilioWebhookPoster(after.WithTurnHandler(secondHandler).CreateClient())
            .InboundAsync(Villager, "需要转移", sid);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal((1, 0), (firstHandler.Count, secondHandler.Count));
        AssertOneAnsweredRow(before, sid);
    }

    [Fact]
    public async Task AReplayedOptOutIsAppliedOnceAndAnsweredTheSame()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var sid = TwilioWebhookPoster.NewSid();

        var first = await poster.InboundAsync(Villager, "TD", sid);
        var replay = await poster.InboundAsync(Villager, "TD", sid);

        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        using var db = app.OpenDatabase();
        Assert.Equal(1, db.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'sms_opt_out'"));
    }

    private static void AssertOneAnsweredRow(AlertsApp app, string sid)
    {
        using var db = app.OpenDatabase();
        var rows = db.Query<string>("SELECT reply_via FROM inbound_messages WHERE provider_message_id = @Sid", new { Sid = sid });
        Assert.Equal("passive", Assert.Single(rows));
        Assert.Equal(1, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }
}
