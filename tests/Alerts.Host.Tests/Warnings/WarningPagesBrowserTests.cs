using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alerts.Broadcast.Warnings;
using Alerts.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Warnings;

/// <summary>
/// The warning pages in Chromium against the real Host process: the list (also with JavaScript off), the approval
/// queue, a refused send-back that keeps its input, approving from the queue, and a warning page whose progress
/// figures change while it is open, without a reload. Each page passes the console's checks at 1280 and 375 px.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class WarningPagesBrowserTests
{
    [Fact]
    public async Task AnOfficialWorksThroughTheListTheQueueAndALiveWarningPage()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string>
        {
            ["Demo:Households"] = "300", ["Dispatch:PollInterval"] = "00:00:00.200",
        });
        var (browser, host) = (run.Browser, run.Host);
        using var api = await DrafterAsync(host);
        var gale = await CreateAsync(api, "weather", "大风", "yellow", "金坪村大风黄色预警", "500112101001");
        var rain = await CreateAsync(api, "weather", "暴雨", "red", "木耳镇暴雨红色预警", "500112101");
        var page = await browser.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, host);

        await ListAsync(browser, page, host, gale, rain);
        await QueueAndRefusalAsync(page, host, gale);
        await LiveProgressAsync(page, host, rain);
    }

    private static async Task ListAsync(IBrowser browser, IPage page, HostProcess host, long gale, long rain)
    {
        await page.GotoAsync(Url(host, "/warnings"));
        Assert.Equal("预警 · 灾害预警与救助", await page.TitleAsync());
        Assert.True(await page.IsVisibleAsync($"#warning-{gale} a[href='/warnings/{gale}']"));
        Assert.Contains("绿色通道", await page.InnerTextAsync($"#warning-{rain}"));
        await ConsolePageChecks.CheckAsync(page, "warnings-list");

        var noScript = await ConsolePageChecks.WithoutScriptAsync(browser, page);
        await noScript.GotoAsync(Url(host, "/warnings"));
        await noScript.SelectOptionAsync("#level", "yellow");
        await noScript.ClickAsync("#filter");
        await noScript.WaitForURLAsync(url => url.Contains("level=yellow", StringComparison.Ordinal));
        Assert.True(await noScript.IsVisibleAsync($"#warning-{gale}"));
        Assert.False(await noScript.IsVisibleAsync($"#warning-{rain}"));
        await noScript.Context.CloseAsync();
    }

    private static async Task QueueAndRefusalAsync(IPage page, HostProcess host, long gale)
    {
        await page.GotoAsync(Url(host, "/warnings/approvals"));
        await ConsolePageChecks.CheckAsync(page, "warnings-approvals");
        await page.ClickAsync($"#approval-{gale} a");
        await page.WaitForURLAsync(url => url.EndsWith($"/warnings/{gale}", StringComparison.Ordinal));

        var tooLong = new string('改', WarningLifecycle.MaxReasonLength + 1);
        await page.FillAsync("#send-back-reason", tooLong);
        await page.ClickAsync("#send-back");
        await page.WaitForSelectorAsync("#reason-error");
        Assert.Equal(tooLong, await page.InputValueAsync("#send-back-reason"));
        Assert.Equal("true", await page.GetAttributeAsync("#send-back-reason", "aria-invalid"));
        await ConsolePageChecks.CheckAsync(page, "warning-refused");

        await page.ClickAsync("#approve");
        await page.WaitForURLAsync(url => url.Contains("done=approved", StringComparison.Ordinal));
        Assert.Equal("已发布", await page.InnerTextAsync("#status"));
    }

    private static async Task LiveProgressAsync(IPage page, HostProcess host, long rain)
    {
        await page.GotoAsync(Url(host, $"/warnings/{rain}"));
        await page.WaitForFunctionAsync("() => Number(document.getElementById('progress-targeted')?.textContent) > 0");
        await ConsolePageChecks.CheckAsync(page, "warning-page");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        var before = long.Parse(await page.InnerTextAsync("#progress-acknowledged"));

        // Villagers answer: the outbox changes under the open page.
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            c.Open();
            using var command = c.CreateCommand();
            command.CommandText = "UPDATE deliveries SET acknowledged_utc = '2026-01-01T00:00:00.0000000Z' WHERE warning_id = $id AND acknowledged_utc IS NULL AND id % 2 = 0";
            command.Parameters.AddWithValue("$id", rain);
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        await page.WaitForFunctionAsync($"() => Number(document.getElementById('progress-acknowledged').textContent) > {before}",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
    }

    /// <summary>An official of the county's weather office with an API key, made with the CLI.</summary>
    private static async Task<HttpClient> DrafterAsync(HostProcess host)
    {
        var added = await HostCli.RunAsync(host.Directory, host.DatabasePath,
            "accounts", "add", "--name", "气象局起草人", "--role", "official", "--region", "500112000000", "--department", "weather");
        Assert.True(added.ExitCode == 0, added.Err);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", added.Out.TrimEnd().Split('\n')[^1].Trim());
        return client;
    }

    private static async Task<long> CreateAsync(HttpClient api, string hazard, string @event, string level, string headline, string area)
    {
        var response = await api.PostAsJsonAsync("/api/warnings", new { hazard, @event, level, headline, description = "测试。", areas = new[] { area } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
    }

    private static string Url(HostProcess host, string path) => new Uri(host.BaseAddress, path).ToString();
}
