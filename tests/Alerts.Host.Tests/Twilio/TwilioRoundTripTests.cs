using System.Net;
using Alerts.Channels.Messages;
using Alerts.Fakes.Twilio;
using Alerts.Host.Outbound;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Twilio;

/// <summary>
/// The Host on real Kestrel and the fake posting its own signed webhooks over loopback, as Twilio would: no
/// WebhookBaseUrl, so the URL the Host sees is the one that was signed.
/// </summary>
public sealed class TwilioRoundTripTests : IAsyncLifetime
{
    private const string Villager = "+8613812345678";
    private FakeTwilioServer _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Fact]
    public async Task TheFakesWebhooksReachTheHostOverLoopbackSignedAndAreUnderstood()
    {
        var settings = TwilioTestSettings.Live(_twilio);
        settings["Twilio:WebhookBaseUrl"] = null;
        await using var app = new AlertsApp(settings);
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Assert.StartsWith("http://127.0.0.1:", baseUrl);

        var inbound = await _twilio.Webhooks.PostInboundAsync(baseUrl + "/sms/twilio", Villager, "退订");
        Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);
        Assert.Contains("您已退订短信通知", await inbound.Content.ReadAsStringAsync());

        var resubscribe = await _twilio.Webhooks.PostInboundAsync(baseUrl + "/sms/twilio", Villager, "订阅");
        Assert.Contains("您已重新订阅短信通知", await resubscribe.Content.ReadAsStringAsync());

        var sent = await app.Services.GetRequiredService<OutboundMessenger>().SendAsync(
            new OutboundMessage(ChannelKind.Sms, Villager, "【预警】台风蓝色预警。", "warning:1") { Purpose = MessagePurpose.Warning }, CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, sent.Outcome);
        foreach (var status in new[] { "delivered", "sent" })
        {
            var callback = await _twilio.Webhooks.PostStatusAsync(baseUrl + "/sms/twilio/status", sent.ProviderMessageId!, status);
            Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        }

        var forged = await _twilio.Webhooks.PostAsync(baseUrl + "/sms/twilio/status",
            TwilioWebhookPoster.StatusForm(sent.ProviderMessageId!, "failed", 30007), signature: "Zm9yZ2Vk");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        using var db = app.OpenDatabase();
        Assert.Equal("delivered", db.ExecuteScalar<string>("SELECT state FROM outbound_messages WHERE idempotency_key = 'warning:1'"));
        Assert.Equal(2, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }
}
