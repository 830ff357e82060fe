using System.Diagnostics;
using Alerts.Channels.Messages;
using Alerts.Fakes.Twilio;
using Alerts.Host.Outbound;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Twilio;

/// <summary>
/// The Host's OutboundMessenger sending SMS through the real Twilio client, resilience pipeline and rate limiter to
/// the fake: what reaches Twilio, what is recorded, and which faults are retried, recorded or recovered from.
/// </summary>
public sealed class TwilioSendingTests : IAsyncLifetime
{
    private const string Villager = "+8613812345678";
    private const string Warning = "【预警】暴雨红色预警，请立即转移到安全地点。";
    private FakeTwilioServer _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Fact]
    public async Task ASendReachesTwilioAsDocumentedAndRecordsTheSidAsSent()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));

        var result = await SendAsync(app, "warning:1");

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var message = Assert.Single(_twilio.Messages);
        Assert.Equal((Villager, TwilioTestSettings.From, Warning), (message.To, message.From, message.Body));
        Assert.Equal("http://localhost/sms/twilio/status", message.StatusCallback);
        var request = Assert.Single(_twilio.Requests);
        Assert.Equal($"/2010-04-01/Accounts/{_twilio.AccountSid}/Messages.json", request.Path);
        Assert.StartsWith("Basic ", request.Authorization);
        var row = Row(app, "warning:1");
        Assert.Equal((message.Sid, "sent", "queued", 1), (row.ProviderMessageId, row.State, row.ProviderStatus, row.Segments));
        Assert.Equal(message.Sid, result.ProviderMessageId);
    }

    [Fact]
    public async Task TheSameIdempotencyKeyTwiceSendsOneMessage()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));

        var first = await SendAsync(app, "warning:1");
        var second = await SendAsync(app, "warning:1");

        Assert.Equal((SendOutcome.Sent, SendOutcome.Sent), (first.Outcome, second.Outcome));
        Assert.Equal(first.ProviderMessageId, second.ProviderMessageId);
        Assert.Equal(1, _twilio.MessageCount(Villager));
        Assert.Single(_twilio.Requests);
    }

    [Fact]
    public async Task A429WithRetryAfterIsRetriedAfterTheWaitAndDeliversOneMessage()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        _twilio.Inject(FakeTwilioFault.TooManyRequests(TimeSpan.FromSeconds(1)));

        var clock = Stopwatch.StartNew();
        var result = await SendAsync(app, "warning:1");

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed}");
        Assert.Equal(2, _twilio.Requests.Count);
        Assert.Equal(1, _twilio.MessageCount(Villager));
        Assert.Equal("sent", Row(app, "warning:1").State);
    }

    [Fact]
    public async Task A429ThatOutlastsTheRetriesStaysPendingAndTheSameKeySendsItOnceTwilioRecovers()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio, maxRetryAttempts: 1));
        _twilio.Inject(FakeTwilioFault.TooManyRequests(), count: 2);

        var refused = await SendAsync(app, "warning:1");

        Assert.Equal(SendOutcome.Retryable, refused.Outcome);
        Assert.Equal(("pending", "20429"), (Row(app, "warning:1").State, Row(app, "warning:1").ErrorCode));
        Assert.Equal(0, _twilio.MessageCount(Villager));

        var later = await SendAsync(app, "warning:1");

        Assert.Equal(SendOutcome.Sent, later.Outcome);
        Assert.Equal(1, _twilio.MessageCount(Villager));
        Assert.Equal("sent", Row(app, "warning:1").State);
    }

    public static TheoryData<string, int> Ambiguous => new()
    {
        { nameof(FakeTwilioFault.ServerErrorAfterAccepting), 1 },
        { nameof(FakeTwilioFault.ServerError), 0 },
        { nameof(FakeTwilioFault.DropConnectionAfterAccepting), 1 },
        { nameof(FakeTwilioFault.DropConnection), 0 },
        // Slower than the attempt timeout; the fake drops the message when we hang up, real Twilio might not.
        { "Slow", 0 },
    };

    [Theory]
    [MemberData(nameof(Ambiguous))]
    public async Task AnAmbiguousFailureIsRecordedUnknownAndNeverBlindlyResent(string fault, int createdAtTwilio)
    {
        var settings = TwilioTestSettings.Live(_twilio);
        settings["Resilience:Twilio:AttemptTimeout"] = "00:00:00.300";
        await using var app = new AlertsApp(settings);
        _twilio.Inject(fault switch
        {
            nameof(FakeTwilioFault.ServerErrorAfterAccepting) => FakeTwilioFault.ServerErrorAfterAccepting,
            nameof(FakeTwilioFault.ServerError) => FakeTwilioFault.ServerError,
            nameof(FakeTwilioFault.DropConnectionAfterAccepting) => FakeTwilioFault.DropConnectionAfterAccepting,
            nameof(FakeTwilioFault.DropConnection) => FakeTwilioFault.DropConnection,
            _ => FakeTwilioFault.Slow(TimeSpan.FromSeconds(2)),
        });

        var result = await SendAsync(app, "warning:1");
        var again = await SendAsync(app, "warning:1");

        Assert.Equal((SendOutcome.Unknown, SendOutcome.Unknown), (result.Outcome, again.Outcome));
        Assert.Equal("unknown", Row(app, "warning:1").State);
        Assert.Single(_twilio.Requests);
        Assert.Equal(createdAtTwilio, _twilio.MessageCount(Villager));
    }

    [Fact]
    public async Task TwilioSaying21610IsRecordedUnreachableAndTheOptOutRemembered()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Live(_twilio));
        _twilio.MarkOptedOut(Villager);

        var result = await SendAsync(app, "warning:1");
        var next = await SendAsync(app, "warning:2");

        Assert.Equal((SendOutcome.Unreachable, "21610"), (result.Outcome, result.Code));
        Assert.Equal(("unreachable", "21610"), (Row(app, "warning:1").State, Row(app, "warning:1").ErrorCode));
        Assert.Equal(0, _twilio.MessageCount(Villager));
        // Twilio's refusal is written into our own opt-outs: the next send does not even call Twilio.
        Assert.Equal("opted-out", next.Code);
        Assert.Single(_twilio.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task AnOpenCircuitLeavesTheMessagePendingWithoutCallingTwilioAndItGoesOutOnceTheCircuitCloses()
    {
        var settings = TwilioTestSettings.Live(_twilio);
        settings["Resilience:Twilio:MinimumThroughput"] = "2";
        settings["Resilience:Twilio:FailureRatio"] = "0.5";
        settings["Resilience:Twilio:BreakDuration"] = "00:00:00.500";
        await using var app = new AlertsApp(settings);
        _twilio.Inject(FakeTwilioFault.ServerError, count: 2);
        await SendAsync(app, "warning:1");
        await SendAsync(app, "warning:2");

        var whileOpen = await SendAsync(app, "warning:3");

        Assert.Equal(SendOutcome.Retryable, whileOpen.Outcome);
        Assert.Equal("pending", Row(app, "warning:3").State);
        Assert.Equal(2, _twilio.Requests.Count);

        await Task.Delay(TimeSpan.FromMilliseconds(700));
        var afterwards = await SendAsync(app, "warning:3");

        Assert.Equal(SendOutcome.Sent, afterwards.Outcome);
        Assert.Equal(1, _twilio.MessageCount(Villager));
        Assert.Equal("sent", Row(app, "warning:3").State);
    }

    private static Task<SendResult> SendAsync(AlertsApp app, string key) =>
        app.Services.GetRequiredService<OutboundMessenger>().SendAsync(
            new OutboundMessage(ChannelKind.Sms, Villager, Warning, key) { Purpose = MessagePurpose.Warning }, CancellationToken.None);

    private static (string State, string? ProviderMessageId, string? ProviderStatus, string? ErrorCode, int? Segments)
        Row(AlertsApp app, string key)
    {
        using var db = app.OpenDatabase();
        return db.QuerySingle<(string, string?, string?, string?, int?)>(
            "SELECT state, provider_message_id, provider_status, error_code, segments FROM outbound_messages WHERE idempotency_key = @key",
            new { key });
    }
}
