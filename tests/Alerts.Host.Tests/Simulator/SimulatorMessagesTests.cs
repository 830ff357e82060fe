using Microsoft.Extensions.DependencyInjection;
using Alerts.Channels.Messages;
using System.Net;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Simulator;

public sealed class SimulatorMessagesTests
{
    // Whoever writes first is greeted by the bot (the privacy notice of enrolment), whatever they wrote.
    private const string Acknowledgement = "这里是灾害预警与救助服务";

    [Fact]
    public async Task AVillagerOnWeChatGetsTheAcknowledgementAndTheReplyIsRecordedAsSimulated()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);
        var id = Guid.NewGuid().ToString();

        var replies = await SimulatorClient.RepliesAsync(
            await SimulatorClient.SendAsync(client, villager.Id, "wechat", "涨水把我家房子冲垮了", id));

        Assert.Contains(Acknowledgement, Assert.Single(replies));
        // The bot saw exactly what the WeChat webhook would have given it: the openid, on the wechat channel.
        var inbound = c.QuerySingle<(string Address, string Kind, string Text)>(
            "SELECT address, kind, text FROM inbound_messages WHERE channel = 'wechat' AND provider_message_id = @Id",
            new { Id = "sim-" + id });
        Assert.Equal((villager.Openid!, "text", "涨水把我家房子冲垮了"), inbound);
        var outbound = c.QuerySingle<(string Channel, string Address, string Text, string Purpose, string State)>(
            "SELECT channel, address, text, purpose, state FROM outbound_messages WHERE idempotency_key = @Key",
            new { Key = $"sim-reply:{id}:0" });
        Assert.Equal(("wechat", villager.Openid!, replies[0], "reply", "simulated"), outbound);
    }

    [Fact]
    public async Task OnSmsTheBotSeesThePhoneNumberAndTheReplyIsCountedInSegments()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithoutOpenid);

        var replies = await SimulatorClient.RepliesAsync(await SimulatorClient.SendAsync(client, villager.Id, "sms", "山上在滚石头"));

        Assert.Contains(Acknowledgement, Assert.Single(replies));
        Assert.Equal(villager.Phone, c.QuerySingle<string>("SELECT address FROM inbound_messages WHERE channel = 'sms'"));
        var row = c.QuerySingle<(string Address, string State, long Segments)>(
            "SELECT address, state, segments FROM outbound_messages WHERE channel = 'sms'");
        Assert.Equal((villager.Phone!, "simulated"), (row.Address, row.State));
        Assert.True(row.Segments >= 1);
    }

    [Fact]
    public async Task ARepeatedClientMessageIdGetsTheSameRepliesAndIsProcessedOnce()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);
        var id = Guid.NewGuid().ToString();

        var first = await SimulatorClient.RepliesAsync(await SimulatorClient.SendAsync(client, villager.Id, "wechat", "水漫进屋了", id));
        var second = await SimulatorClient.RepliesAsync(await SimulatorClient.SendAsync(client, villager.Id, "wechat", "水漫进屋了", id));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
        Assert.Equal(first.Length, c.ExecuteScalar<int>("SELECT COUNT(*) FROM outbound_messages"));
    }

    [Fact]
    public async Task FollowingTheAccountFromTheSimulatorIsWelcomed()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);

        var replies = await SimulatorClient.RepliesAsync(
            await SimulatorClient.SendAsync(client, villager.Id, "wechat", null, kind: "subscribe"));

        Assert.StartsWith("您好", Assert.Single(replies));
        Assert.Equal("event", c.QuerySingle<string>("SELECT kind FROM inbound_messages"));
    }

    [Theory]
    [InlineData("unknown", "wechat", "你好", null, HttpStatusCode.NotFound)]
    [InlineData("both", "wechat", "", null, HttpStatusCode.BadRequest)]
    [InlineData("both", "wechat", "   ", null, HttpStatusCode.BadRequest)]
    [InlineData("both", "wechat", "long", null, HttpStatusCode.BadRequest)]
    [InlineData("both", "email", "你好", null, HttpStatusCode.BadRequest)]
    [InlineData("no-openid", "wechat", "你好", null, HttpStatusCode.BadRequest)]
    [InlineData("no-phone", "sms", "你好", null, HttpStatusCode.BadRequest)]
    [InlineData("both", "sms", null, "subscribe", HttpStatusCode.BadRequest)]
    [InlineData("both", "wechat", "你好", "voice", HttpStatusCode.BadRequest)]
    public async Task BadInputIsRefusedInChineseAndRecordsNothing(string who, string channel, string? text, string? kind,
        HttpStatusCode expected)
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var personId = who switch
        {
            "unknown" => 999_999_999,
            "no-openid" => DemoPerson.Villager(c, DemoPerson.WithoutOpenid).Id,
            "no-phone" => DemoPerson.Villager(c, DemoPerson.WithoutPhone).Id,
            _ => DemoPerson.Villager(c, DemoPerson.WithBoth).Id,
        };

        var response = await SimulatorClient.SendAsync(client, personId, channel, text == "long" ? new string('水', 1001) : text, kind: kind);

        Assert.Equal(expected, response.StatusCode);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await SimulatorClient.ErrorAsync(response));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM outbound_messages"));
    }

    [Fact]
    public async Task AMissingOrMalformedClientMessageIdIsRefused()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);

        var response = await SimulatorClient.SendAsync(client, villager.Id, "wechat", "你好", clientMessageId: "twice");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }

    [Fact]
    public async Task AnyConfiguredProviderTakesTheSimulatorAwayAndTurnsTheOtherChannelOff()
    {
        // With a live channel, a simulated message could make the bot really send, as someone nobody authenticated.
        await using var app = new AlertsApp(new Dictionary<string, string?>
        {
            ["WeChat:AppId"] = "wx0000000000000000", ["WeChat:AppSecret"] = "secret", ["WeChat:Token"] = "token",
            ["WeChat:ApiBaseUrl"] = "http://127.0.0.1:9/",
        });
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);

        Assert.Equal(HttpStatusCode.NotFound, (await SimulatorClient.SendAsync(client, villager.Id, "wechat", "你好")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SimulatorClient.SendAsync(client, villager.Id, "sms", "你好")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/simulator")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/simulator/outbox")).StatusCode);
        Assert.DoesNotContain("nav-simulator", await client.GetStringAsync("/"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));

        var senders = app.Services.GetRequiredService<ChannelSenders>();
        var sms = await senders.For(ChannelKind.Sms).SendAsync(new OutboundMessage(ChannelKind.Sms, "+8613800000001", "测试", "k1"), default);
        Assert.Equal((SendOutcome.Unreachable, "channel-off"), (sms.Outcome, sms.Code));
    }

    [Fact]
    public async Task WithoutSignInOrWithoutTheAntiforgeryTokenNothingIsSimulated()
    {
        await using var app = new AlertsApp();
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SimulatorClient.SendAsync(anonymous, villager.Id, "sms", "救命")).StatusCode);
        using var signedIn = await app.SignedInClientAsync();
        signedIn.DefaultRequestHeaders.Remove("RequestVerificationToken");
        Assert.Equal(HttpStatusCode.BadRequest, (await SimulatorClient.SendAsync(signedIn, villager.Id, "sms", "救命")).StatusCode);
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }

    [Fact]
    public async Task ATownOfficialCannotSpeakAsSomeoneOfAnotherTown()
    {
        await using var app = new AlertsApp();
        using (app.CreateClient()) { } // the Host creates and loads the database
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);
        var otherTown = c.ExecuteScalar<string>("SELECT code FROM regions WHERE level = 4 AND code <> @Town ORDER BY code LIMIT 1",
            new { Town = villager.TownCode });
        using var client = await app.SignedInClientAsync(otherTown!, Alerts.Identity.Accounts.AccountRoles.Official);

        var refused = await SimulatorClient.SendAsync(client, villager.Id, "sms", "你好");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain(villager.Name, await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain(villager.Name, await client.GetStringAsync($"/simulator?village={villager.RegionCode}"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }
}
