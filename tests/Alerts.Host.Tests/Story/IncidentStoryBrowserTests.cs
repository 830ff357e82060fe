using System.Text;
using Alerts.Bot.Reports;
using Alerts.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Story;

/// <summary>
/// Issue 14's story in Chromium against the real Host process: two villagers of one demo village report a landslide
/// that brought their houses down and killed one person each (the simulator); the village's grid worker confirms both
/// on the console; the county's emergency official finds the incident on /incidents with the summed figures and their
/// sources, sets the people to relocate past 大型's line with a note, and sees the grade, its reason and history, the
/// report up's draft and countdown; records it sent by phone and acknowledged, the panel saying the hour was met; then
/// downloads the day's statistics CSV with the town's confirmed figures.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class IncidentStoryBrowserTests
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };
    private static readonly BrowserNewContextOptions Desk = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } };

    /// <summary>What a villager answers to each question the report dialog may ask (it skips what it already knows).</summary>
    private static readonly Dictionary<string, string> Answers = new()
    {
        [ReportQuestions.Hazard.Text] = "滑坡", [ReportQuestions.When.Text] = "今天", [ReportQuestions.People.Text] = "遇难",
        [ReportQuestions.PeopleCount(dead: true).Text] = "1", [ReportQuestions.PeopleCount(dead: false).Text] = "0",
        [ReportQuestions.House.Text] = "倒塌", [ReportQuestions.Crops.Text] = "没有", [ReportQuestions.Livestock.Text] = "没养",
        [ReportQuestions.Water.Text] = "正常", [ReportQuestions.IncomeLost.Text] = "五千", [ReportQuestions.Medical.Text] = "0",
        [ReportQuestions.MedicalCare.Text] = "能看", [ReportQuestions.Living.Text] = "有", [ReportQuestions.Schooling.Text] = "3",
        [ReportQuestions.Labour.Text] = "有", ["请发一下位置"] = "跳过",
    };

    [Fact]
    public async Task ACountyOfficialFollowsALandslideFromTheVillagersReportsToItsGradeTheReportUpAndTheDaysStatistics()
    {
        await using var run = await BrowserAndHost.StartAsync();
        var (browser, host) = (run.Browser, run.Host);
        Resident first, second;
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            c.Open();
            first = Resident.Villager(c);
            second = Resident.NeighbourOf(c, first);
        }

        var chat = await (await browser.NewContextAsync(Desk)).NewPageAsync();
        await BrowserSignIn.SignInAsync(chat, host);
        await SimulatorChat.OpenAsAsync(chat, host.BaseAddress, first);
        await FileLandslideReportAsync(chat, "100001");
        await SimulatorChat.ChooseAsync(chat, second);
        await FileLandslideReportAsync(chat, "100002");

        var grid = await SignedInAsync(browser, host, "网格员孙", "grid_worker", first.RegionCode, null);
        foreach (var report in new[] { "100001", "100002" })
        {
            await GoAsync(grid, host, $"/reports/{report}");
            await grid.ClickAsync("#confirm");
            await grid.WaitForURLAsync(url => url.Contains("done=confirmed", StringComparison.Ordinal), Committed);
        }

        var official = await SignedInAsync(browser, host, "区应急局周", "official", "500112000000", "emergency");
        await GoAsync(official, host, "/incidents");
        var row = official.Locator("#incidents tbody tr").First;
        Assert.Contains("滑坡", await row.InnerTextAsync());
        await ConsolePageChecks.CheckAsync(official, "incidents");
        await row.Locator("th a").ClickAsync();
        await official.Locator("#figures").WaitForAsync();
        var details = official.Url;
        var deaths = await official.InnerTextAsync("#figure-deaths");
        Assert.Contains("2", deaths);
        Assert.Contains("100001", deaths);
        Assert.Contains("100002", deaths);
        Assert.Contains("2", await official.InnerTextAsync("#figure-houses_collapsed"));

        await official.SelectOptionAsync("#figure", "to_relocate");
        await official.FillAsync("#least", "600");
        await official.FillAsync("#note", "村里清点");
        await official.ClickAsync("#set-figure");
        await official.Locator("#incident-grade", new() { HasText = "大型" }).WaitForAsync();
        Assert.DoesNotContain("特大型", await official.InnerTextAsync("#incident-grade"));
        Assert.Contains("五百人以上", await official.InnerTextAsync("#grade-reason"));
        Assert.Contains("大型", await official.InnerTextAsync("#grades"));
        Assert.Contains("未报送", await official.InnerTextAsync("#upward-status"));
        Assert.False(string.IsNullOrWhiteSpace(await official.InnerTextAsync("#upward-draft")));
        Assert.Contains("还剩", await official.InnerTextAsync("#upward-panel output.countdown"));
        await ConsolePageChecks.CheckAsync(official, "incident");

        await official.SelectOptionAsync("#upward-panel select[name=via]", "电话");
        await official.ClickAsync("#upward-panel button[id^=upward-mark-sent]");
        await official.Locator("#upward-panel form[id^=upward-ack-form]").WaitForAsync();
        Assert.Contains("电话", await official.InnerTextAsync("#upward-panel"));
        await official.FillAsync("#upward-panel input[name=by]", "市应急局张科长");
        await official.ClickAsync("#upward-panel button[id^=upward-mark-acknowledged]");
        await official.Locator("#upward-status", new() { HasText = "市里已确认收到" }).WaitForAsync();
        Assert.Contains("一小时内已报", await official.InnerTextAsync("#upward-status"));
        Assert.Contains("市应急局张科长", await official.InnerTextAsync("#upward-panel"));
        Assert.Equal(0, await official.Locator("#upward-panel output.countdown[data-due]").CountAsync());
        Assert.StartsWith(details, official.Url);

        await GoAsync(official, host, "/incidents/statistics");
        await ConsolePageChecks.CheckAsync(official, "incidents-statistics");
        var download = await official.RunAndWaitForDownloadAsync(() => official.ClickAsync("a[href*='handler=csv']"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        Assert.StartsWith("日期,区划代码,乡镇,死亡(人),受伤(人),倒塌房屋(户),危房(户),直接经济损失(元)", csv.TrimStart('\uFEFF'));
        var town = csv.Split('\n').Select(l => l.Split(',')).Single(cells => cells.Length > 5 && cells[1] == first.TownCode);
        Assert.Equal(("2", "2"), (town[3], town[5]));
    }

    /// <summary>
    /// The chosen villager reports by SMS: the landslide, then whatever the dialog still asks, then 对; the report gets
    /// <paramref name="number"/>.
    /// </summary>
    private static async Task FileLandslideReportAsync(IPage chat, string number)
    {
        var said = await SayAsync(chat, "今天后山滑坡了，我家房子整个垮了");
        if (said.Contains("同意", StringComparison.Ordinal)) said = await SayAsync(chat, "同意");
        for (var turn = 0; turn < 20 && !said.Contains("请核对", StringComparison.Ordinal); turn++)
        {
            var question = Answers.Keys.FirstOrDefault(q => said.Contains(q, StringComparison.Ordinal));
            Assert.True(question is not null, $"Unexpected question: {said}");
            said = await SayAsync(chat, Answers[question!]);
        }
        Assert.Contains("滑坡", said);
        Assert.Contains($"报告已提交，编号{number}。", await SayAsync(chat, "对"));
    }

    /// <summary>Sends <paramref name="text"/> and returns what the bot said in answer.</summary>
    private static async Task<string> SayAsync(IPage page, string text)
    {
        var replies = page.Locator("#chat .msg.bot");
        var before = await replies.CountAsync();
        var mine = await page.Locator("#chat .msg.me").CountAsync();
        await page.FillAsync("#chat-text", text);
        await page.ClickAsync("#chat-send");
        await page.Locator("#chat .msg.me").Nth(mine).WaitForAsync();
        await replies.Nth(before).WaitForAsync();
        return string.Join("\n", (await replies.AllInnerTextsAsync()).Skip(before));
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, HostProcess host, string name, string role, string region,
        string? department)
    {
        var staff = await ConsoleStaff.AddAsync(host, name, role, region, department);
        var page = await (await browser.NewContextAsync(Desk)).NewPageAsync();
        await BrowserSignIn.SignInAsAsync(page, host, staff.Login, staff.OneTimePassword);
        return page;
    }

    private static Task GoAsync(IPage page, HostProcess host, string path) =>
        page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
}
