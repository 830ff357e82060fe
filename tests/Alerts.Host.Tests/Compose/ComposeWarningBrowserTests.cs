using System.Text;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Compose;

[Collection(SerialCollection.Name)]
public sealed class ComposeWarningBrowserTests
{
    [Fact]
    public async Task An_official_composes_for_two_villages_found_by_name_previews_the_sms_and_submits_and_imports_a_cap_file()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string> { ["Demo:Households"] = "300" });
        var (browser, host) = (run.Browser, run.Host);
        List<(string Code, string Name)> villages;
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
            villages = c.Query<(string, string)>("SELECT code, name FROM regions WHERE level = 5 ORDER BY code LIMIT 2").ToList();
        var page = await browser.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, host);
        var url = new Uri(host.BaseAddress, "/warnings/new").ToString();

        await RefusedFormKeepsItsInputAsync(page, url, villages[0].Code);
        await ComposeAndPreviewAsync(page, url, villages);
        await ConsolePageChecks.CheckAsync(page, "warnings-new");
        // The warning's own page is another part of the console: here only the redirect to it is followed.
        await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#submit-button"), IsWarningPage);
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
            Assert.Equal(2, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warning_areas wa JOIN warnings w ON w.id = wa.warning_id WHERE w.status = 'awaiting_approval'"));

        await WithoutScriptAsync(browser, page, url, villages);
        await ImportAsync(page, host, villages[0].Code);
    }

    private static bool IsWarningPage(IRequest request) => System.Text.RegularExpressions.Regex.IsMatch(request.Url, "/warnings/\\d+$");

    private static async Task ComposeAndPreviewAsync(IPage page, string url, List<(string Code, string Name)> villages)
    {
        await page.GotoAsync(url);
        await page.SelectOptionAsync("#hazard", "geological");
        Assert.Equal("崩塌", await page.InputValueAsync("#event")); // the event list followed the hazard
        await page.SelectOptionAsync("#hazard", "weather");
        await page.SelectOptionAsync("#event", "大风");
        await page.SelectOptionAsync("#level", "yellow");
        await page.WaitForFunctionAsync("() => document.querySelector('#instruction').value.includes('加固门窗')");
        await page.FillAsync("#headline", "大风黄色预警");
        await page.FillAsync("#description", "今夜有7级以上大风，请加固门窗、收好晾晒物品。");
        foreach (var (code, name) in villages)
        {
            await page.FillAsync("#area-search", name);
            Assert.True(await page.IsVisibleAsync($"#area-{code}"));
            await page.CheckAsync($"#area-{code}");
        }
        await page.FillAsync("#area-search", "");
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#preview");
        Assert.True(int.Parse(await page.InnerTextAsync("#sms-segments")) >= 1);
        Assert.StartsWith("【大风黄色预警】", await page.InnerTextAsync("#sms-text"));
        Assert.Equal(2, await page.Locator("#preview-villages tbody tr").CountAsync());
    }

    private static async Task RefusedFormKeepsItsInputAsync(IPage page, string url, string village)
    {
        await page.GotoAsync(url);
        await page.FillAsync("#headline", "暴雨蓝色预警");
        await page.FillAsync("#description", "明天白天有暴雨。");
        await page.FillAsync("#effective", "2026-06-02T08:00");
        await page.FillAsync("#expires", "2026-06-01T08:00");
        await UnfoldAsync(page, village);
        await page.CheckAsync($"#area-{village}");
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#expires-error");
        Assert.Equal("暴雨蓝色预警", await page.InputValueAsync("#headline"));
        Assert.Equal("2026-06-01T08:00", await page.InputValueAsync("#expires"));
        Assert.True(await page.IsCheckedAsync($"#area-{village}"));
        Assert.Equal("expires-error", await page.GetAttributeAsync("#expires", "aria-describedby"));
    }

    private static async Task WithoutScriptAsync(IBrowser browser, IPage page, string url, List<(string Code, string Name)> villages)
    {
        var plain = await ConsolePageChecks.WithoutScriptAsync(browser, page);
        await plain.GotoAsync(url);
        Assert.False(await plain.IsVisibleAsync("#area-search"));
        await plain.SelectOptionAsync("#event", "大风");
        await plain.FillAsync("#headline", "大风蓝色预警");
        await plain.FillAsync("#description", "有6级大风。");
        foreach (var (code, _) in villages)
        {
            await UnfoldAsync(plain, code);
            await plain.CheckAsync($"#area-{code}");
        }
        await plain.ClickAsync("#preview-button");
        await plain.WaitForSelectorAsync("#preview");
        Assert.Equal(2, await plain.Locator("#preview-villages tbody tr").CountAsync());
        await plain.Context.CloseAsync();
    }

    private static async Task ImportAsync(IPage page, HostProcess host, string village)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, "/warnings/import").ToString());
        await ConsolePageChecks.CheckAsync(page, "warnings-import");
        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = "alert.xml", MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(CapImportPageTests.Cap("CMA-BROWSER", village)),
        });
        await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#import-button"), IsWarningPage);
    }

    /// <summary>A town's villages are folded away until one is chosen: open the town of <paramref name="village"/>.</summary>
    private static async Task UnfoldAsync(IPage page, string village)
    {
        if (!await page.IsVisibleAsync($"#area-{village}")) await page.ClickAsync($"details:has(#area-{village}) > summary");
    }
}
