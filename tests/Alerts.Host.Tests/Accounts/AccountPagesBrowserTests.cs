using Alerts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Accounts;

/// <summary>
/// The admin pages in Chromium against the real Host: an admin adds an official (after a refused first try that keeps
/// its input), signs out, and the official signs in with the one-time password the page showed once. Every admin page
/// passes the console checks at both sizes; the account list reads with JavaScript off.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class AccountPagesBrowserTests
{
    [Fact]
    public async Task AnAdminAddsAnAccountInTheBrowserAndTheNewcomerSignsInWithTheOneTimePasswordShown()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string>());
        var (browser, host) = (run.Browser, run.Host);
        var page = await browser.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, host);
        var site = host.BaseAddress;

        await page.GotoAsync(new Uri(site, "/accounts").ToString());
        await ConsolePageChecks.CheckAsync(page, "accounts");

        await page.GotoAsync(new Uri(site, "/accounts/new").ToString());
        await ConsolePageChecks.CheckAsync(page, "accounts-new");
        var town = await page.EvalOnSelectorAsync<string>("#region option:nth-child(2)", "o => o.value");
        await page.FillAsync("#name", "李干部");
        await page.FillAsync("#login", "li.official");
        await page.SelectOptionAsync("#role", "official");
        await page.SelectOptionAsync("#region", town);
        await page.ClickAsync("#add");
        await page.WaitForSelectorAsync("#department-error");
        Assert.Equal("李干部", await page.InputValueAsync("#name"));
        Assert.Equal("li.official", await page.InputValueAsync("#login"));
        Assert.Equal(town, await page.InputValueAsync("#region"));
        await ConsolePageChecks.CheckAsync(page, "accounts-new-refused");

        await page.SelectOptionAsync("#department", "emergency");
        await page.ClickAsync("#add");
        await page.WaitForSelectorAsync("#created");
        var login = await page.InnerTextAsync("#created-login");
        var password = await page.InnerTextAsync("#created-password");
        Assert.Contains("只显示一次", await page.InnerTextAsync("#created"));
        Assert.DoesNotContain(password, page.Url);

        await page.ClickAsync("#created-details");
        await page.WaitForSelectorAsync("#facts");
        Assert.Equal("干部", await page.InnerTextAsync("#fact-role"));
        await ConsolePageChecks.CheckAsync(page, "account");

        await page.GotoAsync(new Uri(site, "/accounts/binding").ToString());
        await ConsolePageChecks.CheckAsync(page, "accounts-binding");
        await page.GotoAsync(new Uri(site, "/rosters").ToString());
        await ConsolePageChecks.CheckAsync(page, "rosters");
        await page.GotoAsync(new Uri(site, "/rosters/" + town).ToString());
        await ConsolePageChecks.CheckAsync(page, "roster-edit");
        await page.GotoAsync(new Uri(site, "/audit").ToString());
        Assert.Contains("添加账号", await page.InnerTextAsync("#audit"));
        await ConsolePageChecks.CheckAsync(page, "audit");

        var plain = await ConsolePageChecks.WithoutScriptAsync(browser, page);
        await plain.GotoAsync(new Uri(site, "/accounts?role=official").ToString());
        Assert.Contains("李干部", await plain.InnerTextAsync("#accounts"));
        await plain.Context.CloseAsync();

        await page.ClickAsync("#signout");
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await BrowserSignIn.SignInAsAsync(page, host, login, password);
        Assert.Equal("李干部", await page.InnerTextAsync("#nav-me"));
        Assert.Equal(0, await page.Locator("#nav-accounts").CountAsync());
    }
}
