using Alerts.Host.Tests.Support;
using Alerts.Store.Migrations;

namespace Alerts.Host.Tests.Foundation;

[Collection(SerialCollection.Name)]
public sealed class HomePageBrowserTests
{
    [Fact]
    public async Task TheRealHostServesTheHomePageToChromiumWithTheDemoCountyLoaded()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string> { ["Demo:Households"] = "400" });
        var (browser, host) = (run.Browser, run.Host);
        var page = await browser.NewPageAsync();
        // A newcomer's first visit: the printed one-time password, then their own; the home page follows.
        await BrowserSignIn.SignInAsync(page, host);

        Assert.Equal("首页 · 灾害预警与救助", await page.TitleAsync());
        Assert.Equal("正常", await page.InnerTextAsync("#db-status"));
        Assert.Equal("400", await page.InnerTextAsync("#households"));
        await ConsolePageChecks.CheckAsync(page, "home");
        // The pages around the console hold to the same checks: choosing a password, the simulator and its outbox,
        // and the sign-in page a stranger sees.
        foreach (var (path, name) in new[] { ("/account/password", "password"), ("/simulator", "simulator"), ("/simulator/outbox", "outbox") })
        {
            await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
            await ConsolePageChecks.CheckAsync(page, name);
        }
        var stranger = await (await browser.NewContextAsync()).NewPageAsync();
        await stranger.GotoAsync(new Uri(host.BaseAddress, "/signin").ToString());
        await ConsolePageChecks.CheckAsync(stranger, "signin");
        await page.GotoAsync(new Uri(host.BaseAddress, "/").ToString());

        await page.ClickAsync("text=运行状态（JSON）");
        Assert.EndsWith("/health", page.Url);
        Assert.Contains($"\"schemaVersion\":{Migrator.LatestVersion}", await page.InnerTextAsync("body"));
    }
}
