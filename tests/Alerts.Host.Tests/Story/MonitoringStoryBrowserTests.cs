using System.Text;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Story;

/// <summary>
/// Issue 13's story in Chromium against the real Host process, at a 1280-px desk: the village register (imported by the
/// CLI, as an office does) says a household has no labour; its villager reports a collapsed house and no water in the
/// chat; the village's grid worker confirms the report on the console and the case appears with its deadline; the grid
/// worker's 村级审查, the town's 入户复核, the county rural office's 认定, the platform entry; the town names the helper,
/// chooses measures that fit a household without labour (a developmental one is refused with the reason), records a
/// visit and confirms the exit after review; the timeline shows every step with who and when.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class MonitoringStoryBrowserTests
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };
    private static readonly BrowserNewContextOptions Desk = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } };

    [Fact]
    public async Task ACaseFromTheVillagersReportToItsExitIsWorkedOnTheConsoleStepByStep()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string> { ["Demo:Households"] = "300" });
        var (browser, host) = (run.Browser, run.Host);
        var (villager, worker) = await WithoutLabourAsync(host);
        var village = villager.RegionCode;

        // The simulator is the console's: an admin opens it and speaks as the villager.
        var chat = await (await browser.NewContextAsync(Desk)).NewPageAsync();
        await BrowserSignIn.SignInAsync(chat, host);
        await SimulatorChat.OpenAsAsync(chat, host.BaseAddress, villager);
        await SimulatorChat.FileCollapsedHouseReportAsync(chat);

        var grid = await SignedInAsync(browser, host, "网格员李", "grid_worker", village, null);
        var town = await SignedInAsync(browser, host, "镇干部赵", "official", villager.TownCode, "rural");
        var county = await SignedInAsync(browser, host, "区乡村振兴局钱", "official", "500112000000", "rural");

        await GoAsync(grid, host, "/reports/100001");
        await grid.ClickAsync("#confirm");
        await grid.WaitForURLAsync(url => url.Contains("done=confirmed", StringComparison.Ordinal), Committed);
        await GoAsync(grid, host, "/cases");
        var row = grid.Locator("#cases tbody tr").First;
        Assert.Contains(villager.Name, await row.InnerTextAsync());
        Assert.Contains("还剩", await row.InnerTextAsync());
        var id = long.Parse((await row.GetAttributeAsync("id"))!["case-".Length..]);
        await ConsolePageChecks.CheckAsync(grid, "cases");

        await StepAsync(grid, host, id, "village-review", "submit", "入户核实，房屋倒塌、无水", "村级审查：提交镇街");
        await StepAsync(town, host, id, "town-revisit", "confirm", "镇街入户复核属实", "镇街审核（入户复核）：复核属实");
        await StepAsync(county, host, id, "county-decision", "enrol", null, "区县认定：纳入监测");
        await StepAsync(grid, host, id, "platform-entry", "entered", null, "录入重庆精准扶贫大数据平台：已录入");

        await GoAsync(town, host, $"/cases/{id}");
        Assert.Contains("无劳动能力", await town.InnerTextAsync("#labour"));
        await town.SelectOptionAsync("#person-id", worker.ToString());
        await ClickAsync(town, "#assign-helper", "done=helper");
        Assert.DoesNotContain("id=\"choose-microcredit\"", await town.ContentAsync());
        await town.SelectOptionAsync("#other-measure", "microcredit");
        await town.ClickAsync("#choose-other");
        Assert.Contains("无劳动能力", await town.Locator("#other-measure-error").InnerTextAsync());
        await ClickAsync(town, "#choose-dibao", "done=measure");
        await ClickAsync(town, "#choose-house-rebuild", "done=measure");
        await town.SelectOptionAsync("#state-dibao", "in_progress");
        await ClickAsync(town, "#change-dibao", "done=measure");
        await town.FillAsync("#notes", "房子在重建，低保已申请");
        await ClickAsync(town, "#record-visit", "done=visit");
        await ConsolePageChecks.CheckAsync(town, "case");

        Assert.Contains("✗", await town.InnerTextAsync("#exit-criteria"));
        await town.FillAsync("#exit-note", "入户复核：新房已建成，低保到账，风险已消除");
        await town.CheckAsync("#confirm");
        await ClickAsync(town, "#exit-case", "done=exit");
        Assert.Contains("风险已消除", await town.InnerTextAsync("#case-status"));
        var timeline = await town.InnerTextAsync("#case-timeline");
        foreach (var said in new[]
                 {
                     "线索（农户自主申报）", "网格员李（工作台）：村级审查：提交镇街", "镇干部赵（工作台）：镇街审核（入户复核）：复核属实",
                     "区乡村振兴局钱（工作台）：区县认定：纳入监测", "录入重庆精准扶贫大数据平台：已录入", "指定帮扶责任人",
                     "帮扶措施（计划）", "帮扶措施（落实中）", "记录走访，房子在重建", "经干部复核确认退出监测",
                 })
            Assert.Contains(said, timeline);

        await GoAsync(grid, host, "/cases/new");
        await ConsolePageChecks.CheckAsync(grid, "cases-new");
    }

    /// <summary>
    /// The first ordinary villager's household as its village register has it, imported by the CLI: one member, the
    /// head, living there, without labour. Returns the villager and their village's grid worker.
    /// </summary>
    private static async Task<(Resident Villager, long Worker)> WithoutLabourAsync(HostProcess host)
    {
        Resident villager;
        string registerNo, head;
        long worker;
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            c.Open();
            villager = Resident.Villager(c);
            (registerNo, head) = c.QuerySingle<(string, string)>("SELECT register_no, head_name FROM households WHERE id = @Id",
                new { Id = villager.HouseholdId });
            worker = Resident.GridWorkerOf(c, villager.RegionCode).Id;
        }
        var file = Path.Combine(host.Directory, "register.csv");
        await File.WriteAllTextAsync(file, $"村代码,户编号,姓名,与户主关系,共同生活,劳动能力\n{villager.RegionCode},{registerNo},{head},户主,是,无\n",
            new UTF8Encoding(false));
        var imported = await HostCli.RunAsync(host.Directory, host.DatabasePath, "households", "import", file, "--region", "500112");
        Assert.True(imported.ExitCode == 0, imported.Err + imported.Out);
        return (villager, worker);
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, HostProcess host, string name, string role, string region,
        string? department)
    {
        var staff = await ConsoleStaff.AddAsync(host, name, role, region, department);
        var page = await (await browser.NewContextAsync(Desk)).NewPageAsync();
        await BrowserSignIn.SignInAsAsync(page, host, staff.Login, staff.OneTimePassword);
        return page;
    }

    private static async Task StepAsync(IPage page, HostProcess host, long id, string step, string outcome, string? note, string said)
    {
        await GoAsync(page, host, $"/cases/{id}");
        if (note is not null) await page.FillAsync($"#note-{step}", note);
        await ClickAsync(page, $"#{step}-{outcome.Replace('_', '-')}", "done=");
        Assert.Contains(said, await page.InnerTextAsync("#case-timeline"));
    }

    private static async Task ClickAsync(IPage page, string selector, string done)
    {
        await page.ClickAsync(selector);
        await page.WaitForURLAsync(url => url.Contains(done, StringComparison.Ordinal), Committed);
        await page.Locator("#done").WaitForAsync();
        // Back to the bare address, or the next action's "done=…" would be this same address and match at once.
        await page.GotoAsync(page.Url[..page.Url.IndexOf('?')]);
    }

    private static Task GoAsync(IPage page, HostProcess host, string path) =>
        page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
}
