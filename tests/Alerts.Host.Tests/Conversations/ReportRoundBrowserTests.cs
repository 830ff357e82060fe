using Alerts.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// The whole round in the simulator, in real Chromium against the real Host process: a villager consents and
/// reports, gets a number and guidance; the village's grid worker confirms; both notices show in the outbox.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class ReportRoundBrowserTests
{
    [Fact]
    public async Task InTheSimulatorAVillagerReportsTheGridWorkerConfirmsAndTheOutboxShowsBothNotices()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string> { ["Demo:Households"] = "300" });
        var (browser, host) = (run.Browser, run.Host);
        Resident villager, worker;
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            c.Open();
            villager = Resident.Villager(c);
            worker = Resident.GridWorkerOf(c, villager.RegionCode);
        }
        var page = await browser.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, host);
        await page.GotoAsync(new Uri(host.BaseAddress, "/simulator").ToString());
        await page.SelectOptionAsync("#town", villager.TownCode);
        await page.WaitForURLAsync(url => url.Contains("town=" + villager.TownCode, StringComparison.Ordinal), Committed);
        await page.SelectOptionAsync("#village", villager.RegionCode);
        await page.WaitForURLAsync(url => url.Contains("village=" + villager.RegionCode, StringComparison.Ordinal), Committed);
        await SimulatorChat.ChooseAsync(page, villager);
        await page.ClickAsync("#channel-sms");
        await page.WaitForURLAsync(url => url.Contains("channel=sms", StringComparison.Ordinal), Committed);

        await SimulatorChat.FileCollapsedHouseReportAsync(page);
        // SMS: the short answer, urgent lines first and the rest on 指引 (issue 11).
        Assert.Contains("房子危险，不要进去住。", await page.InnerTextAsync("#chat"));
        Assert.Contains($"网格员{worker.Name}会尽快上门核实", await page.InnerTextAsync("#chat"));
        await SimulatorChat.SayAsync(page, "指引", "缺水的，村里会安排送水或集中供水。");

        await SimulatorChat.ChooseAsync(page, worker);
        await SimulatorChat.SayAsync(page, "绑定 " + await StaffCodes.IssueAsync(host.DatabasePath, worker.Id), "绑定成功");
        await SimulatorChat.SayAsync(page, "确认 100001", "已确认报告100001。");

        await page.ClickAsync("#nav-outbox");
        await page.WaitForURLAsync(url => url.EndsWith("/simulator/outbox", StringComparison.Ordinal));
        var outbox = await OutboxWithAsync(page, "您报告的灾情（编号100001）网格员已上门核实");
        Assert.Contains($"【待核实 100001】{villager.Name}（", outbox);
        Assert.Contains("报告：洪水，房屋倒塌", outbox);
        Assert.Contains(worker.Name, outbox);
        Assert.Contains(villager.Name, outbox);
    }

    /// <summary>The outbox text once it lists <paramref name="expected"/> (notices leave within a second or two).</summary>
    private static async Task<string> OutboxWithAsync(IPage page, string expected)
    {
        var outbox = await page.InnerTextAsync("#outbox");
        for (var i = 0; i < 50 && !outbox.Contains(expected, StringComparison.Ordinal); i++)
        {
            await Task.Delay(200);
            await page.ReloadAsync();
            outbox = await page.InnerTextAsync("#outbox");
        }
        Assert.Contains(expected, outbox);
        return outbox;
    }

    // The URL only, not the load event, which on two busy cores has been seen to miss Playwright's 30 s (as BrowserSignIn).
    private static readonly Microsoft.Playwright.PageWaitForURLOptions Committed =
        new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit };
}
