using System.Net;
using Alerts.Channels.Messages;
using Alerts.Fakes.Twilio;
using Alerts.Host.Inbound;
using Alerts.Host.Outbound;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Twilio;

/// <summary>
/// STOP and the Chinese TD / 退订 are recorded (for a demo villager's number, and for a number we do not know) and
/// respected by every later send; START / 订阅 undoes them. Sending is live, against the fake Twilio.
/// </summary>
public sealed class TwilioOptOutTests : IAsyncLifetime
{
    private FakeTwilioServer _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("TD")]
    [InlineData("退订")]
    [InlineData(" td ")]
    [InlineData("ＴＤ")]
    [InlineData("取消订阅")]
    public async Task AnOptOutKeywordIsRecordedAndConfirmedAndNoSmsGoesToThatNumberAfterwards(string keyword)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var phone = DemoVillagerPhone(app);

        var response = await poster.InboundAsync(phone, keyword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([ChannelEvents.OptedOut], await TwilioWebhookPoster.MessagesOfAsync(response));
        Assert.Equal((true, true), OptedOut(app, phone));

        var result = await SendAsync(app, phone);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Equal(0, _twilio.MessageCount(phone));
        Assert.Empty(_twilio.Requests);
        Assert.Equal(("unreachable", "opted-out"), OutboundState(app, phone));
    }

    [Theory]
    [InlineData("START")]
    [InlineData("订阅")]
    [InlineData("ｓｔａｒｔ")]
    public async Task AnOptInKeywordUndoesTheOptOutAndTheNextSmsGoesOut(string keyword)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var phone = DemoVillagerPhone(app);
        await poster.InboundAsync(phone, "退订");

        var response = await poster.InboundAsync(phone, keyword);

        Assert.Equal([ChannelEvents.OptedIn], await TwilioWebhookPoster.MessagesOfAsync(response));
        Assert.Equal((false, false), OptedOut(app, phone));
        var result = await SendAsync(app, phone);
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(1, _twilio.MessageCount(phone));
        Assert.Equal("sent", OutboundState(app, phone).State);
    }

    [Fact]
    public async Task ANumberWeDoNotKnowYetIsRememberedAsOptedOut()
    {
        const string stranger = "+8613900000001";
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());

        await poster.InboundAsync(stranger, "TD");

        using (var db = app.OpenDatabase())
        {
            Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM people WHERE phone = @stranger", new { stranger }));
            Assert.True(db.ExecuteScalar<bool>("SELECT opted_out FROM sms_opt_outs WHERE phone = @stranger", new { stranger }));
        }

        Assert.Equal(SendOutcome.Unreachable, (await SendAsync(app, stranger)).Outcome);
        Assert.Equal(0, _twilio.MessageCount(stranger));
    }

    [Theory]
    [InlineData("STOP PLEASE")]
    [InlineData("TD了")]
    [InlineData("我要退订吗")]
    [InlineData("帮助")]
    public async Task AMessageThatOnlyMentionsAKeywordReachesTheBotAndChangesNothing(string text)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var phone = DemoVillagerPhone(app);

        var response = await poster.InboundAsync(phone, text);

        Assert.Contains("这里是灾害预警与救助服务", Assert.Single(await TwilioWebhookPoster.MessagesOfAsync(response)));
        Assert.Equal((false, false), OptedOut(app, phone));
    }

    private static Task<SendResult> SendAsync(AlertsApp app, string phone) =>
        app.Services.GetRequiredService<OutboundMessenger>().SendAsync(
            new OutboundMessage(ChannelKind.Sms, phone, "【预警】暴雨红色预警，请立即转移。", "test:" + Guid.NewGuid()) { Purpose = MessagePurpose.Warning },
            CancellationToken.None);

    private static string DemoVillagerPhone(AlertsApp app)
    {
        using var db = app.OpenDatabase();
        return db.QueryFirst<string>(
            "SELECT phone FROM people WHERE role = 'villager' AND phone IS NOT NULL AND sms_opted_out = 0 ORDER BY id");
    }

    /// <summary>(sms_opt_outs says opted out, the person's row says opted out).</summary>
    private static (bool Table, bool Person) OptedOut(AlertsApp app, string phone)
    {
        using var db = app.OpenDatabase();
        return (db.ExecuteScalar<bool>("SELECT COALESCE(MAX(opted_out), 0) FROM sms_opt_outs WHERE phone = @phone", new { phone }),
            db.ExecuteScalar<bool>("SELECT sms_opted_out FROM people WHERE phone = @phone", new { phone }));
    }

    private static (string State, string? ErrorCode) OutboundState(AlertsApp app, string phone)
    {
        using var db = app.OpenDatabase();
        return db.QuerySingle<(string, string?)>(
            "SELECT state, error_code FROM outbound_messages WHERE address = @phone", new { phone });
    }
}
