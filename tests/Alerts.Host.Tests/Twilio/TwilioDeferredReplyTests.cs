using System.Net;
using Alerts.Fakes.Twilio;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Twilio;

/// <summary>
/// When Twilio hangs up before the turn is done, the reply is not lost: it leaves through the Messages API once,
/// and a retry of the same MessageSid neither runs the turn again nor repeats the reply in TwiML.
/// </summary>
public sealed class TwilioDeferredReplyTests : IAsyncLifetime
{
    private const string Villager = "+8613812345678";
    private FakeTwilioServer _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Fact]
    public async Task AReplyTwilioHungUpOnIsSentThroughTheApiOnceAndARetryDoesNotRepeatIt()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var handler = new CountingInboundHandler(TimeSpan.FromMilliseconds(800));
        var client = app.WithTurnHandler(handler).CreateClient();
        var poster = new TwilioWebhookPoster(client);
        var sid = TwilioWebhookPoster.NewSid();
        using var hangUp = new CancellationTokenSource();

        // Twilio hangs up while the turn is running (in production: its 15 s timeout, or a dropped connection).
        var call = client.SendAsync(Signed(poster, sid), hangUp.Token);
        await handler.Started.WaitAsync(TimeSpan.FromSeconds(10));
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await WaitUntilAsync(() => ReplyState(app) == "sent");

        var message = Assert.Single(_twilio.Messages);
        Assert.Equal((Villager, "第1次处理：屋顶漏了"), (message.To, message.Body));
        var retry = await poster.InboundAsync(Villager, "屋顶漏了", sid);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Empty(await TwilioWebhookPoster.MessagesOfAsync(retry));
        Assert.Equal(1, handler.Count);
        Assert.Equal(1, _twilio.MessageCount(Villager));
        using var db = app.OpenDatabase();
        Assert.Equal("send", db.ExecuteScalar<string>("SELECT reply_via FROM inbound_messages WHERE provider_message_id = @sid", new { sid }));
        Assert.Equal("sent", ReplyState(app));
    }

    private static string? ReplyState(AlertsApp app)
    {
        using var db = app.OpenDatabase();
        return db.ExecuteScalar<string?>("SELECT state FROM outbound_messages WHERE purpose = 'reply'");
    }

    private static HttpRequestMessage Signed(TwilioWebhookPoster poster, string sid)
    {
        var form = TwilioWebhookPoster.InboundForm(sid, Villager, "屋顶漏了");
        var request = new HttpRequestMessage(HttpMethod.Post, TwilioWebhookPoster.InboundPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", poster.Sign(TwilioWebhookPoster.InboundPath, form));
        return request;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
    }
}
