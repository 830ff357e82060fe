using System.Net;
using Alerts.Channels.Messages;
using Alerts.Fakes.Twilio;
using Alerts.Host.Outbound;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Twilio;

/// <summary>
/// POST /sms/twilio/status for a message really sent to the fake: callbacks that come late, twice or out of order
/// never move the record backwards; unknown sids and unsigned callbacks change nothing.
/// </summary>
public sealed class TwilioStatusCallbackTests : IAsyncLifetime
{
    private const string Villager = "+8613812345678";
    private FakeTwilioServer _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    public static TheoryData<string, string, string, string?> Sequences => new()
    {
        // Callbacks as "status" or "status:ErrorCode", in arrival order → state, provider status, error code.
        { "delivered sent", "delivered", "delivered", null },
        { "queued sent delivered", "delivered", "delivered", null },
        { "sending delivered queued sent", "delivered", "delivered", null },
        { "sent queued", "sent", "sent", null },
        { "delivered failed:30008", "delivered", "delivered", null },
        { "undelivered:30005", "unreachable", "undelivered", "30005" },
        { "undelivered:30005 delivered sent", "unreachable", "undelivered", "30005" },
        { "sent failed:30007", "failed", "failed", "30007" },
        { "sent undelivered:30003", "failed", "undelivered", "30003" },
        // The 201 said queued; a late "accepted" ranks lower and a status we do not know is ignored.
        { "accepted", "sent", "queued", null },
        { "partially_delivered receiving", "sent", "queued", null },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public async Task CallbacksOnlyEverMoveTheRecordForward(string callbacks, string state, string providerStatus,
        string? errorCode)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var sid = await SendAsync(app);

        foreach (var callback in callbacks.Split(' '))
        {
            var parts = callback.Split(':');
            var response = await poster.StatusAsync(sid, parts[0], parts.Length > 1 ? int.Parse(parts[1]) : null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var row = Row(app, sid);
        Assert.Equal((state, providerStatus, errorCode), (row.State, row.ProviderStatus, row.ErrorCode));
    }

    [Fact]
    public async Task TheSameCallbackTwiceIsAppliedOnce()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var sid = await SendAsync(app);
        await poster.StatusAsync(sid, "delivered");
        var applied = Row(app, sid);

        var again = await poster.StatusAsync(sid, "delivered");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("delivered", applied.State);
        Assert.Equal(applied, Row(app, sid));
    }

    [Fact]
    public async Task ACallbackForASidWeNeverSentIsAnsweredAndChangesNothing()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var sid = await SendAsync(app);
        var before = Row(app, sid);

        var response = await poster.StatusAsync(TwilioWebhookPoster.NewSid(), "delivered");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, Row(app, sid));
        using var db = app.OpenDatabase();
        Assert.Equal(1, db.ExecuteScalar<int>("SELECT COUNT(*) FROM outbound_messages"));
    }

    [Theory]
    [InlineData("unsigned", HttpStatusCode.Forbidden)]
    [InlineData("signed for the inbound URL", HttpStatusCode.Forbidden)]
    [InlineData("status changed after signing", HttpStatusCode.Forbidden)]
    [InlineData("no MessageStatus", HttpStatusCode.BadRequest)]
    [InlineData("no MessageSid", HttpStatusCode.BadRequest)]
    public async Task AnUnsignedOrMalformedCallbackIsRefusedAndChangesNothing(string flaw, HttpStatusCode expected)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var sid = await SendAsync(app);
        var before = Row(app, sid);
        var form = TwilioWebhookPoster.StatusForm(sid, "failed", 30007);
        var signature = poster.Sign(TwilioWebhookPoster.StatusPath, form);
        switch (flaw)
        {
            case "unsigned": signature = null; break;
            case "signed for the inbound URL": signature = poster.Sign(TwilioWebhookPoster.InboundPath, form); break;
            case "status changed after signing": form[2] = new("MessageStatus", "delivered"); break;
            case "no MessageStatus":
                form.RemoveAll(p => p.Key.EndsWith("Status", StringComparison.Ordinal));
                signature = poster.Sign(TwilioWebhookPoster.StatusPath, form);
                break;
            case "no MessageSid":
                form.RemoveAll(p => p.Key.EndsWith("Sid", StringComparison.Ordinal) && p.Key != "AccountSid");
                signature = poster.Sign(TwilioWebhookPoster.StatusPath, form);
                break;
        }

        var response = await poster.PostAsync(TwilioWebhookPoster.StatusPath, new FormUrlEncodedContent(form), signature);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, Row(app, sid));
    }

    [Fact]
    public async Task AnOversizedCallbackGets413()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var form = TwilioWebhookPoster.StatusForm(TwilioWebhookPoster.NewSid(), "delivered");
        form.Add(new("Padding", new string('x', 70_000)));

        var response = await poster.PostSignedAsync(TwilioWebhookPoster.StatusPath, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<string> SendAsync(AlertsApp app)
    {
        var result = await app.Services.GetRequiredService<OutboundMessenger>().SendAsync(
            new OutboundMessage(ChannelKind.Sms, Villager, "【预警】山洪橙色预警。", "warning:" + Guid.NewGuid()) { Purpose = MessagePurpose.Warning },
            CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.NotNull(_twilio.FindMessage(result.ProviderMessageId!));
        return result.ProviderMessageId!;
    }

    private static (string State, string? ProviderStatus, string? ErrorCode, int StatusRank, string UpdatedUtc) Row(
        AlertsApp app, string sid)
    {
        using var db = app.OpenDatabase();
        return db.QuerySingle<(string, string?, string?, int, string)>(
            "SELECT state, provider_status, error_code, status_rank, updated_utc FROM outbound_messages WHERE provider_message_id = @sid",
            new { sid });
    }
}
