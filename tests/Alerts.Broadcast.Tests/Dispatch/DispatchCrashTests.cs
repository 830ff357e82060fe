using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Outbox;
using Alerts.Broadcast.Tests.Support;
using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Alerts.Fakes.Twilio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

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
        var crashed = await ClaimAsync(services, "sms");
        var sent = await SendAsDispatchWouldAsync(services, crashed, "+8613900000001");
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
        var crashed = await ClaimAsync(services, "wechat");
        await SendAsDispatchWouldAsync(services, crashed, "oCRASH0000000000000000000001");

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
        await ClaimAsync(services, "sms"); // crashed before the POST left
        var dispatcher = services.GetRequiredService<Dispatcher>();
        using var c = h.Open();

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        // The lookup is a GET, which the resilience pipeline retries three times: fail all four.
        h.Twilio.Inject(FakeTwilioFault.ServerError, count: 4);
        await dispatcher.RunOnceAsync("sms", CancellationToken.None);
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
        var first = (await store.ClaimAsync("sms", 10, Lease, CancellationToken.None)).Rows.Single();

        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var second = (await store.ClaimAsync("sms", 10, Lease, CancellationToken.None)).Rows.Single();
        var late = new DeliveryOutcome("failed", null, "late", clock.GetUtcNow());

        Assert.Equal((first.Id, 2, true), (second.Id, second.Attempts, second.InDoubt));
        Assert.False(await store.FinishAsync(first.Id, first.LeaseUntilUtc, late, CancellationToken.None));
        Assert.Empty((await store.RenewAsync([first.Id], first.LeaseUntilUtc, Lease, CancellationToken.None)).Ours);
        Assert.Equal([second.Id], (await store.RenewAsync([second.Id], second.LeaseUntilUtc, Lease, CancellationToken.None)).Ours);
        using var c = h.Open();
        Assert.Equal("sending", OutboxSql.Rows(c, warning).Single().State);
    }

    private static (FakeTimeProvider Clock, ServiceProvider Services, long Warning) Setup(DispatchHarness h, string? openid,
        string phone)
    {
        using var c = h.Open();
        OutboxSql.AddPerson(c, openid, phone);
        var warning = OutboxSql.AddWarning(c);
        OutboxSql.Enqueue(c, warning);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // The test clock moves only by hand, so the resilience retries of a lookup must not wait on it.
        var services = h.CreateServices(new Dictionary<string, string?>
        {
            ["Dispatch:Lease"] = "00:00:20",
            ["Resilience:Twilio:RetryDelay"] = "00:00:00", ["Resilience:WeChat:RetryDelay"] = "00:00:00",
        }, clock);
        return (clock, services, warning);
    }

    /// <summary>What a worker had done when it died: claimed the row in its lane (the claim records the send's intent).</summary>
    private static async Task<(ClaimedDelivery Row, DeliveryWarning Warning)> ClaimAsync(ServiceProvider services, string lane)
    {
        var batch = await services.GetRequiredService<DeliveryStore>().ClaimAsync(lane, 10, Lease, CancellationToken.None);
        var row = batch.Rows.Single();
        return (row, batch.Warnings[row.WarningId]);
    }

    /// <summary>The send the worker made just before it died: the very message dispatch makes, through the one gate.</summary>
    private static Task<SendResult> SendAsDispatchWouldAsync(ServiceProvider services,
        (ClaimedDelivery Row, DeliveryWarning Warning) crashed, string address)
    {
        var message = services.GetRequiredService<DeliveryProcessor>()
            .Message(crashed.Row.Channel!, address, crashed.Warning, crashed.Row.PersonId);
        return services.GetRequiredService<SendGate>().SendAsync(message, SendPriority.Broadcast, CancellationToken.None);
    }
}
