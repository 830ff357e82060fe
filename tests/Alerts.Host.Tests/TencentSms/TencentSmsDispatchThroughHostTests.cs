using Alerts.Broadcast.Dispatch;
using Alerts.Fakes.TencentSms;
using Alerts.Host.Tests.Broadcast;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.TencentSms;

/// <summary>
/// The end-to-end warning with Tencent Cloud SMS as the deployment's SMS provider and no WeChat: the Host's own
/// workers text every villager with a phone through the fake, a fifth of the sends meeting a fault (sent but the answer
/// lost, refused, busy), while the fake's receipts come back over a real loopback callback with our key in ext.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class TencentSmsDispatchThroughHostTests
{
    [Fact]
    public async Task Every_villager_is_texted_exactly_once_through_a_fifth_of_faults_and_every_text_is_then_delivered()
    {
        await using var tencent = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account);
        var settings = TencentSmsTestAccount.Settings(tencent);
        settings["Demo:Households"] = "150"; // a few hundred texts are enough to meet every fault many times
        settings["Dispatch:PollInterval"] = "00:00:00.100";
        settings["Dispatch:RetryBaseDelay"] = "00:00:00.050";
        settings["Dispatch:RetryMaxDelay"] = "00:00:00.500";
        settings["Dispatch:ReconcileDelay"] = "00:00:00.200";
        settings["Resilience:TencentSms:SendRatePerSecond"] = "2000";
        settings["Resilience:TencentSms:RetryDelay"] = "00:00:00.020";
        // A send that never reached Tencent (the connection dropped) is resent after this, marked a possible duplicate.
        settings["TencentSms:ReceiptWait"] = "00:00:03";
        await using var app = new AlertsApp(settings);
        using var client = app.CreateClient(); // starts the Host: migrated, demo county loaded, workers running
        await using var relay = await LoopbackRelay.StartAsync(client);
        tencent.SessionContextInReports = true;
        // As a carrier reports: a moment after the text was accepted.
        tencent.PostReceipts(relay.Url($"/sms/tencent/{TencentSmsTestAccount.CallbackToken}/status"), TimeSpan.FromMilliseconds(500));
        using var c = app.OpenDatabase();
        var phones = c.Query<string>("SELECT phone FROM people WHERE role = 'villager' AND phone IS NOT NULL").ToList();
        Script(tencent, phones.Count);

        var warning = DispatchDatabase.PublishToEveryVillager(c, "tencent-through-host", "flood", "山洪", "red", "warning",
            "木耳镇山洪红色预警", "请立即转移到高处。");
        app.Services.GetRequiredService<DispatchSignal>().Wake();
        // Done when nothing is left to send or to hear about: every text's receipt has come back.
        await DispatchDatabase.WaitUntilNoneAsync(c, "state IN ('pending', 'sending', 'sent') OR (state = 'unknown' AND in_doubt = 1)", 90);

        Assert.Equal(0, DispatchDatabase.Count(c, "state NOT IN ('delivered', 'unreachable')"));
        var texted = tencent.Messages.GroupBy(m => m.PhoneNumber).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(phones.Order(), texted.Keys.Order());
        Assert.All(texted, t => Assert.Equal(1, t.Value));
        // The faults were met: more sends were asked for than there are people (answers lost, refusals).
        Assert.True(tencent.Requests.Count(r => r.Action == "SendSms") > phones.Count * 11 / 10);
        Assert.Equal(phones.Count, DispatchDatabase.Count(c, "state = 'delivered' AND channel = 'sms'"));
        Assert.All(tencent.Messages, m => Assert.Equal($"warning:{warning}:", m.SessionContext![..$"warning:{warning}:".Length]));
    }

    /// <summary>The first sends' fates, one in five a fault: answered but lost, refused before sending, or busy.</summary>
    private static void Script(FakeTencentSmsServer tencent, int sends)
    {
        var rng = new Random(15);
        FakeTencentFault[] faults =
        [
            FakeTencentFault.InternalError, FakeTencentFault.DropConnectionAfterAccepting, FakeTencentFault.ServerErrorAfterAccepting,
            FakeTencentFault.RequestLimitExceeded, FakeTencentFault.DropConnection,
        ];
        for (var i = 0; i < sends; i++)
            tencent.Inject(rng.Next(5) == 0 ? faults[rng.Next(faults.Length)] : FakeTencentFault.Slow(TimeSpan.Zero));
    }
}
