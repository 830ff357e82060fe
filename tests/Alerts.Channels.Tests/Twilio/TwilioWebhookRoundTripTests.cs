using System.Collections.Concurrent;
using Alerts.Channels.Messages;
using Alerts.Channels.Sms;
using Alerts.Channels.Tests.Support;
using Alerts.Channels.Twilio;
using Alerts.Fakes.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Channels.Tests.Twilio;

/// <summary>
/// The fake posts webhooks signed by its own, independent signer; a minimal receiver shaped like the Host's
/// endpoints opens them with <see cref="TwilioWebhook"/>. This cross-checks the two signature implementations.
/// </summary>
public sealed class TwilioWebhookRoundTripTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<StatusUpdate> updates = new();
    private readonly ConcurrentQueue<InboundMessage> inbound = new();
    private FakeTwilioServer twilio = null!;
    private WebApplication receiver = null!;
    private string baseUrl = null!;

    public async Task InitializeAsync()
    {
        twilio = await FakeTwilioServer.StartAsync();
        var webhook = new TwilioWebhook(Options.Create(new TwilioOptions { AuthToken = twilio.AuthToken }),
            new FakeTimeProvider(DateTimeOffset.UnixEpoch));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        receiver = builder.Build();
        receiver.MapPost("/sms/twilio/status", async (HttpContext context) =>
        {
            var (url, signature, form) = await ReadAsync(context);
            var result = webhook.OpenStatus(url, signature, form);
            if (result.Value is not null)
            {
                updates.Enqueue(result.Value);
            }

            return Results.StatusCode(StatusFor(result.Verdict));
        });
        receiver.MapPost("/sms/twilio/inbound", async (HttpContext context) =>
        {
            var (url, signature, form) = await ReadAsync(context);
            var result = webhook.OpenInbound(url, signature, form);
            if (result.Value is null)
            {
                return Results.StatusCode(StatusFor(result.Verdict));
            }

            inbound.Enqueue(result.Value);
            var reply = OptOutKeywords.Classify(result.Value.Text) == SmsKeyword.OptOut ? [] : new[] { "收到 <ok>" };
            return Results.Text(TwiML.Messages(reply), TwiML.ContentType);
        });
        await receiver.StartAsync();
        baseUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        await twilio.DisposeAsync();
    }

    [Fact]
    public async Task ASignedStatusCallbackIsAccepted()
    {
        using var response = await twilio.Webhooks.PostStatusAsync(baseUrl + "/sms/twilio/status",
            "SM0123456789abcdef0123456789abcdef", "undelivered", 30003);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(new StatusUpdate("SM0123456789abcdef0123456789abcdef", "undelivered", 30003, "+8613800000000"),
            Assert.Single(updates));
    }

    [Fact]
    public async Task AForgedStatusCallbackIsForbidden()
    {
        using var response = await twilio.Webhooks.PostAsync(baseUrl + "/sms/twilio/status",
            [new("MessageSid", "SM0123456789abcdef0123456789abcdef"), new("MessageStatus", "delivered")],
            signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Empty(updates);
    }

    [Fact]
    public async Task AnInboundSmsIsAnsweredWithEscapedTwiML()
    {
        using var response = await twilio.Webhooks.PostInboundAsync(baseUrl + "/sms/twilio/inbound",
            "+8613812345678", "我家 被淹了 + 需要帮助");

        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Message>收到 &lt;ok&gt;</Message></Response>",
            await response.Content.ReadAsStringAsync());
        var message = Assert.Single(inbound);
        Assert.Equal(("+8613812345678", "我家 被淹了 + 需要帮助"), (message.Address, message.Text));
    }

    [Fact]
    public async Task AnInboundStopGetsAnEmptyResponse()
    {
        using var response = await twilio.Webhooks.PostInboundAsync(baseUrl + "/sms/twilio/inbound",
            "+8613812345678", "ＳＴＯＰ");

        Assert.Equal(TwiML.Empty, await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string[]> Forms => new()
    {
        { [] },
        { ["Body", "a b+c%20&d=é"] },
        { ["b", "1", "B", "2", "a", "3", "_", "4"] },
        { ["Body", "暴雨🌧", "From", "+8613812345678"] },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void TheFakeSignerAndOurValidatorAgree(string[] flat)
    {
        var form = flat.Chunk(2).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToList();
        const string url = "https://alerts.example.cn/sms/twilio/inbound?x=1";
        Assert.True(TwilioSignature.IsValid("token", url, form, FakeTwilioSigner.Sign("token", url, form)));
    }

    private static async Task<(string Url, string? Signature, List<KeyValuePair<string, string>> Form)> ReadAsync(
        HttpContext context)
    {
        // The Host rebuilds this from Twilio:WebhookBaseUrl; here the receiver is reached directly.
        var request = context.Request;
        var url = $"{request.Scheme}://{request.Host}{request.Path}{request.QueryString}";
        var form = (await request.ReadFormAsync())
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList();
        return (url, request.Headers["X-Twilio-Signature"], form);
    }

    private static int StatusFor(WebhookVerdict verdict) => verdict switch
    {
        WebhookVerdict.Ok => 200,
        WebhookVerdict.Forbidden => 403,
        _ => 400,
    };
}
