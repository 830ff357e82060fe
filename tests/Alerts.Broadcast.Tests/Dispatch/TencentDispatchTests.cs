using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Tests.Support;
using Alerts.Fakes.TencentSms;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Broadcast.Tests.Dispatch;

/// <summary>
/// Warnings by Tencent Cloud SMS through the real dispatcher, store and client, on a test clock the fake shares:
/// per-number windows are waited out, and a send in doubt is settled by the status pull where Tencent echoes our key,
/// or resent as a possible duplicate once no receipt came in time.
/// </summary>
public sealed class TencentDispatchTests
{
    private const string Phone = "+8613800001111";

    private static async Task<(DispatchHarness H, FakeTencentSmsServer Tencent, FakeTimeProvider Clock, Dispatcher Dispatcher)>
        StartAsync(bool echoed, params long[] warnings)
    {
        var h = await DispatchHarness.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var tencent = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account, clock);
        var settings = TencentSmsTestAccount.Settings(tencent, echoed);
        // The clock moves only by hand, so nothing may wait on it inside one send.
        settings["Resilience:TencentSms:RetryDelay"] = "00:00:00";
        settings["Resilience:TencentSms:SendRatePerSecond"] = "2000";
        settings["Resilience:TencentSms:AttemptTimeout"] = "00:00:02";
        settings["Resilience:TencentSms:TotalTimeout"] = "00:00:05";
        settings["Resilience:TencentSms:SamplingDuration"] = "00:00:05";
        return (h, tencent, clock, h.CreateDispatcher(settings, clock));
    }

    private static long SmsOnlyWarning(DispatchHarness h, out long person)
    {
        using var c = h.Open();
        person = OutboxSql.AddPerson(c, null, Phone);
        var warning = OutboxSql.AddWarning(c);
        OutboxSql.Enqueue(c, warning, [person]);
        return warning;
    }

    private static (string State, long Attempts, long InDoubt, long PossibleDuplicate) Row(DispatchHarness h, long warning)
    {
        using var c = h.Open();
        return c.QuerySingle<(string, long, long, long)>(
            "SELECT state, attempts, in_doubt, possible_duplicate FROM deliveries WHERE warning_id = @Warning", new { Warning = warning });
    }

    [Fact]
    public async Task A_send_refused_by_the_numbers_window_goes_out_after_it_without_using_an_attempt()
    {
        var (h, tencent, clock, dispatcher) = await StartAsync(echoed: true);
        await using var harness = h;
        await using var fake = tencent;
        var first = SmsOnlyWarning(h, out var person);
        long second;
        using (var c = h.Open())
        {
            second = OutboxSql.AddWarning(c, hazard: "flood", level: "orange");
            OutboxSql.Enqueue(c, second, [person]);
        }

        tencent.LimitPerNumber(1, TimeSpan.FromSeconds(30));
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);

        Assert.Equal(("sent", 1L), (Row(h, first).State, Row(h, first).Attempts));
        Assert.Equal(("pending", 0L), (Row(h, second).State, Row(h, second).Attempts));
        Assert.Equal(1, tencent.MessageCount(Phone));
        clock.Advance(TimeSpan.FromSeconds(20));
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);
        Assert.Equal("pending", Row(h, second).State); // still inside the window: not even tried

        clock.Advance(TimeSpan.FromSeconds(11));
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);

        Assert.Equal(("sent", 1L), (Row(h, second).State, Row(h, second).Attempts));
        Assert.Equal(2, tencent.MessageCount(Phone));
    }

    [Fact]
    public async Task A_send_in_doubt_found_in_the_status_pull_by_its_key_is_sent_and_never_resent()
    {
        var (h, tencent, clock, dispatcher) = await StartAsync(echoed: true);
        await using var harness = h;
        await using var fake = tencent;
        tencent.SessionContextInReports = true;
        tencent.PostReceipts(null);
        var warning = SmsOnlyWarning(h, out var person);
        tencent.Inject(FakeTencentFault.InternalError);

        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);
        Assert.Equal(("unknown", 1L), (Row(h, warning).State, Row(h, warning).InDoubt));
        clock.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);

        Assert.Equal(("sent", 0L, 0L), (Row(h, warning).State, Row(h, warning).InDoubt, Row(h, warning).PossibleDuplicate));
        Assert.Equal(1, tencent.MessageCount(Phone));
    }

    [Fact]
    public async Task Without_the_key_echoed_a_send_in_doubt_waits_for_the_receipt_window_then_is_resent_as_a_possible_duplicate()
    {
        var (h, tencent, clock, dispatcher) = await StartAsync(echoed: false);
        await using var harness = h;
        await using var fake = tencent;
        var warning = SmsOnlyWarning(h, out var person);
        tencent.Inject(FakeTencentFault.InternalError);
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);

        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(9); waited += TimeSpan.FromMinutes(1))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);
            Assert.Equal("unknown", Row(h, warning).State);
        }

        Assert.Equal(1, tencent.MessageCount(Phone));
        clock.Advance(TimeSpan.FromMinutes(2));
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);

        Assert.Equal(("sent", 1L), (Row(h, warning).State, Row(h, warning).PossibleDuplicate));
        Assert.Equal(2, tencent.MessageCount(Phone)); // the fault had sent it: the person really got it twice
        var figures = await new Recipients.DeliveryReportStore(new Store.Database.StoreDb(
            Microsoft.Extensions.Options.Options.Create(new Store.StoreOptions { ConnectionString = h.ConnectionString })))
            .ProgressAsync(warning, CancellationToken.None);
        Assert.Equal((1L, 1L), (figures.Total.Sent, figures.Total.PossibleDuplicates));
    }

    [Fact]
    public async Task A_send_in_doubt_of_a_warning_that_ended_is_left_unknown_and_never_resent()
    {
        var (h, tencent, clock, dispatcher) = await StartAsync(echoed: false);
        await using var harness = h;
        await using var fake = tencent;
        var warning = SmsOnlyWarning(h, out var person);
        tencent.Inject(FakeTencentFault.DropConnectionAfterAccepting);
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);
        using (var c = h.Open()) c.Execute("UPDATE warnings SET status = 'cancelled' WHERE id = @Warning", new { Warning = warning });

        clock.Advance(TimeSpan.FromMinutes(11));
        await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);

        Assert.Equal(("unknown", 0L, 0L), (Row(h, warning).State, Row(h, warning).InDoubt, Row(h, warning).PossibleDuplicate));
        Assert.Equal(1, tencent.MessageCount(Phone));
    }

    [Fact]
    public async Task A_provider_that_never_answers_is_resent_only_until_the_rows_tries_are_spent()
    {
        var (h, tencent, clock, dispatcher) = await StartAsync(echoed: false);
        await using var harness = h;
        await using var fake = tencent;
        var warning = SmsOnlyWarning(h, out var person);
        tencent.Inject(FakeTencentFault.InternalError, 100);

        for (var round = 0; round < 20; round++)
        {
            await dispatcher.RunEveryLaneOnceAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(11));
        }

        Assert.Equal(("unknown", 0L, 8L), (Row(h, warning).State, Row(h, warning).InDoubt, Row(h, warning).Attempts));
        Assert.Equal(8, tencent.MessageCount(Phone));
    }
}
