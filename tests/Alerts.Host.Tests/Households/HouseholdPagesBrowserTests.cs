using System.Text;
using Alerts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Households;

/// <summary>
/// The households console in real Chromium against the real Host with the demo register imported: the search, a
/// record, a refused register with its error report, the screening upload and the exports pass the console's checks;
/// the search reads with JavaScript off and the case list downloads with the data file's headers.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class HouseholdPagesBrowserTests
{
    [Fact]
    public async Task AnAdminSearchesReadsARecordSeesARefusedRegistersErrorsAndDownloadsTheCaseList()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string>
        {
            ["Demo:Households"] = "300", ["Demo:ImportRegister"] = "true",
        });
        var (browser, host) = (run.Browser, run.Host);
        var page = await browser.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, host);

        await page.GotoAsync(new Uri(host.BaseAddress, "/households").ToString());
        Assert.True(await page.Locator("#households tbody tr").CountAsync() > 0);
        await ConsolePageChecks.CheckAsync(page, "households");
        var noScript = await ConsolePageChecks.WithoutScriptAsync(browser, page);
        await noScript.GotoAsync(new Uri(host.BaseAddress, "/households?page=2").ToString());
        Assert.True(await noScript.Locator("#households tbody tr").CountAsync() > 0);
        await noScript.Context.CloseAsync();

        await page.ClickAsync("#households tbody tr:first-child a");
        await page.Locator("#guarantees").WaitForAsync();
        Assert.Contains("人", await page.InnerTextAsync("#household-size"));
        await ConsolePageChecks.CheckAsync(page, "household");

        await page.GotoAsync(new Uri(host.BaseAddress, "/households/import").ToString());
        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = "register.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(HouseholdUploads.Header + "\r\n500112101001,,R-9,钱大,户主,1850,是,也许,否,全,,,,\r\n"),
        });
        await page.ClickAsync("#import-button");
        await page.Locator("#error-report").WaitForAsync();
        Assert.Contains("共同生活", await page.InnerTextAsync("#error-report"));
        Assert.Equal("true", await page.GetAttributeAsync("#file", "aria-invalid"));
        await ConsolePageChecks.CheckAsync(page, "households-import");

        await page.GotoAsync(new Uri(host.BaseAddress, "/cases/screening").ToString());
        await ConsolePageChecks.CheckAsync(page, "cases-screening");

        await page.GotoAsync(new Uri(host.BaseAddress, "/cases/exports").ToString());
        await ConsolePageChecks.CheckAsync(page, "cases-exports");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-cases"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("编号,状态,来源,村", Encoding.UTF8.GetString(bytes[3..]));
    }
}
