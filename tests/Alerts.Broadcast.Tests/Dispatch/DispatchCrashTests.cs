using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Outbox;
using Alerts.Broadcast.Tests.Support;
using Alerts.Channels.Messages;
using Alerts.Fakes.Twilio;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Broadcast.Tests.Dispatch;

/// <summary>
/// A worker dies between handing a message to the provider and writing down what happened. Its rows stay 'sending'
/// until the lease runs out; whoever takes them over must reconcile, never blindly resend.
/// </summary>
public sealed class DispatchCrashTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_sms_sent_just_before_a_crash_is_found_at_twilio_and_not_sent_again()
    {
        await using var h = await DispatchHarness.StartAsync();
        var (clock, services, warning) = Setup(h, openid: null, phone: "+8613900000001");
        var crashed = await ClaimAndBeginAsync(services, ChannelKind.Sms);
        var body = WarningText.Sms(crashed.Warning, 300);
        var sent = await services.GetRequiredService<DeliveryChannels>()
            .SendSmsAsync("+8613900000001", body, warning, crashed.Row.PersonId, CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, sent.Outcome);

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await h.DrainAsync(services.GetRequiredService<Dispatcher>());

        using var c = h.Open();
        var row = OutboxSql.Rows(c, warning).Single();
        Assert.Equal(("sent", sent.ProviderMessageId), (row.State, row.ProviderMessageId));
        Assert.Equal(1, h.Twilio.MessageCount("+8613900000001"));
        Assert.Single(h.Twilio.Requests, r => r.Method == "GET");
    }

    [Fact]
    public async Task A_template_sent_just_before_a_crash_is_resent_with_the_same_client_msg_id_and_counted_once()
    {
        await using var h = await DispatchHarness.StartAsync();
        var (clock, services, warning) = Setup(h, openid: "oCRASH0000000000000000000001", phone: "+8613900000002");
        var crashed = await ClaimAndBeginAsync(services, ChannelKind.WeChat);
        await services.GetRequiredService<DeliveryChannels>().SendWeChatAsync("oCRASH0000000000000000000001",
            crashed.Warning, crashed.Row.PersonId, CancellationToken.None);

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        await h.DrainAsync(services.GetRequiredService<Dispatcher>());

        using var c = h.Open();
        Assert.Equal(("sent", "wechat"), (OutboxSql.Rows(c, warning).Single().State, OutboxSql.Rows(c, warning).Single().Channel));
        Assert.Equal(2, h.WeChat.RequestsTo("/cgi-bin/message/template/send").Count);
        Assert.Equal(1, h.WeChat.Messages.CountFor("oCRASH0000000000000000000001"));
        Assert.Empty(h.Twilio.Messages);
    }

    [Fact]
    public async Task When_twilio_cannot_be_asked_the_row_stays_unknown_and_nothing_is_resent_until_it_answers()
    {
        await using var h = await DispatchHarness.StartAsync();
        var (clock, services, warning) = Setup(h, openid: null, phone: "+8613900000003");
        await ClaimAndBeginAsync(services, ChannelKind.Sms); // crashed before the POST left
        var dispatcher = services.GetRequiredService<Dispatcher>();
        using var c = h.Open();

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        // The lookup is a GET, which the resilience pipeline retries three times: fail all four.
        h.Twilio.Inject(FakeTwilioFault.ServerError, count: 4);
        await dispatcher.RunOnceAsync(CancellationToken.None);
        var waiting = OutboxSql.Rows(c, warning).Single();
        Assert.Equal(("unknown", true), (waiting.State, waiting.InDoubt));
        Assert.DoesNotContain(h.Twilio.Requests, r => r.Method == "POST");

        clock.Advance(TimeSpan.FromSeconds(1));
        await h.DrainAsync(dispatcher);

        Assert.Equal("sent", OutboxSql.Rows(c, warning).Single().State);
        Assert.Equal(1, h.Twilio.MessageCount("+8613900000003"));
        Assert.Equal(5, h.Twilio.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task A_worker_whose_lease_ran_out_cannot_write_over_the_worker_that_took_the_row()
    {
        await using var h = await DispatchHarness.StartAsync();
        var (clock, services, warning) = Setup(h, openid: null, phone: "+8613900000004");
        var store = services.GetRequiredService<DeliveryStore>();
        var first = (await store.ClaimAsync(10, Lease, 8, CancellationToken.None)).Rows.Single();

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var second = (await store.ClaimAsync(10, Lease, 8, CancellationToken.None)).Rows.Single();
        var late = new DeliveryOutcome("failed", "sms", null, "late", clock.GetUtcNow());

        Assert.Equal((first.Id, 2, true), (second.Id, second.Attempts, second.InDoubt));
        Assert.False(await store.FinishAsync(first.Id, first.LeaseUntilUtc, late, CancellationToken.None));
        Assert.Null(await store.BeginAsync(first.Id, first.LeaseUntilUtc, "sms", Lease, CancellationToken.None));
        Assert.NotNull(await store.BeginAsync(second.Id, second.LeaseUntilUtc, "sms", Lease, CancellationToken.None));
        using var c = h.Open();
        Assert.Equal("sending", OutboxSql.Rows(c, warning).Single().State);
    }

    private static (ManualClock Clock, ServiceProvider Services, long Warning) Setup(DispatchHarness h, string? openid,
        string phone)
    {
        using var c = h.Open();
        OutboxSql.AddPerson(c, openid, phone);
        var warning = OutboxSql.AddWarning(c);
        OutboxSql.Enqueue(c, warning);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var services = h.CreateServices(new Dictionary<string, string?> { ["Dispatch:Lease"] = "00:00:20" }, clock);
        return (clock, services, warning);
    }

    /// <summary>What a worker had done when it died: claimed the row and begun the send on this channel.</summary>
    private static async Task<(ClaimedDelivery Row, DeliveryWarning Warning)> ClaimAndBeginAsync(
        ServiceProvider services, ChannelKind channel)
    {
        var store = services.GetRequiredService<DeliveryStore>();
        var batch = await store.ClaimAsync(10, Lease, 8, CancellationToken.None);
        var row = batch.Rows.Single();
        Assert.NotNull(await store.BeginAsync(row.Id, row.LeaseUntilUtc, channel.Key(), Lease, CancellationToken.None));
        return (row, batch.Warnings[row.WarningId]);
    }
}
