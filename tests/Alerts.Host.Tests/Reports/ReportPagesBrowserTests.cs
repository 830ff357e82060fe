using Alerts.Bot.Help;
using Alerts.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Reports;

/// <summary>
/// The report and help pages in real Chromium against the real Host process: a villager reports and cries for help in
/// the chat (the simulator); from the console a refused reject keeps its form, the report is confirmed, and the help
/// request is marked handled. Every page passes the console's checks; the lists read with JavaScript off.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class ReportPagesBrowserTests
{
    [Fact]
    public async Task AReportFiledInTheChatIsConfirmedFromTheWebAndAHelpRequestIsMarkedHandled()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string> { ["Demo:Households"] = "300" });
        var (browser, host) = (run.Browser, run.Host);
        Resident villager;
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            c.Open();
            villager = Resident.Villager(c);
        }
        var page = await browser.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, host);
        await FileReportAndCryForHelpAsync(page, host.BaseAddress, villager);

        await page.GotoAsync(new Uri(host.BaseAddress, "/reports").ToString());
        Assert.Contains("100001", await page.InnerTextAsync("#reports"));
        await ConsolePageChecks.CheckAsync(page, "reports");
        var noScript = await ConsolePageChecks.WithoutScriptAsync(browser, page);
        await noScript.GotoAsync(new Uri(host.BaseAddress, "/reports").ToString());
        Assert.Contains("100001", await noScript.InnerTextAsync("#reports"));
        await noScript.GotoAsync(new Uri(host.BaseAddress, "/help").ToString());
        Assert.Contains("救命", await noScript.InnerTextAsync("#help-requests"));

        await page.ClickAsync("#reports a[href='/reports/100001']");
        await page.WaitForURLAsync(url => url.EndsWith("/reports/100001", StringComparison.Ordinal));
        Assert.Contains("房屋倒塌", await page.InnerTextAsync("#answers"));
        Assert.Contains("涨水把我家房子冲垮了", await page.InnerTextAsync("#messages"));
        await ConsolePageChecks.CheckAsync(page, "report");

        // A reject without a reason: refused beside the field, the forms still there, nothing changed.
        await page.ClickAsync("#reject");
        await page.Locator("#reason-error").WaitForAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#reason", "aria-invalid"));
        Assert.True(await page.IsVisibleAsync("#reject-form"));
        Assert.Contains("等待网格员核实", await page.InnerTextAsync("#report-status"));

        await page.ClickAsync("#confirm");
        await page.WaitForURLAsync(url => url.Contains("done=confirmed", StringComparison.Ordinal));
        Assert.Contains("已核实", await page.InnerTextAsync("#report-status"));
        Assert.Contains("核实属实", await page.InnerTextAsync("#timeline"));

        await page.GotoAsync(new Uri(host.BaseAddress, "/help").ToString());
        await ConsolePageChecks.CheckAsync(page, "help");
        var item = page.Locator("#help-requests li.card").First;
        await item.Locator("input[name=note]").FillAsync("村医已上门");
        await item.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("done=H", StringComparison.Ordinal));
        Assert.Contains("已处理：", await page.InnerTextAsync("#help-requests"));
        Assert.Contains("村医已上门", await page.InnerTextAsync("#help-requests"));
    }

    /// <summary>The report of ReportRoundBrowserTests (a collapsed house, no water), then 救命 from the same person.</summary>
    private static async Task FileReportAndCryForHelpAsync(IPage page, Uri host, Resident villager)
    {
        await SimulatorChat.OpenAsAsync(page, host, villager);
        await SimulatorChat.FileCollapsedHouseReportAsync(page);
        await SimulatorChat.SayAsync(page, "救命", HelpResponder.SafetyAdvice[..6]);
    }
}
