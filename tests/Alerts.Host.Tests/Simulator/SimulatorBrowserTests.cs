using Alerts.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Alerts.Host.Tests.Simulator;

[Collection(SerialCollection.Name)]
public sealed class SimulatorBrowserTests
{
    [Fact]
    public async Task InChromiumAVillagerIsChosenWritesInAndTheReplyAppearsInTheChatAndTheOutbox()
    {
        await using var run = await BrowserAndHost.StartAsync(new Dictionary<string, string> { ["Demo:Households"] = "300" });
        var (browser, host) = (run.Browser, run.Host);
        DemoPerson villager;
        using (var c = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            c.Open();
            villager = DemoPerson.Villager(c, DemoPerson.WithBoth);
        }
        var page = await browser.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, host);
        await page.GotoAsync(new Uri(host.BaseAddress, "/simulator").ToString());

        // Choosing submits the form on change: each choice is a navigation.
        await page.SelectOptionAsync("#town", villager.TownCode);
        await page.WaitForURLAsync(url => url.Contains("town=" + villager.TownCode, StringComparison.Ordinal));
        await page.SelectOptionAsync("#village", villager.RegionCode);
        await page.WaitForURLAsync(url => url.Contains("village=" + villager.RegionCode, StringComparison.Ordinal));
        await page.ClickAsync($"#person-{villager.Id}");
        await page.WaitForURLAsync(url => url.Contains($"person={villager.Id}", StringComparison.Ordinal));
        Assert.Equal(villager.Name, await page.InnerTextAsync("#selected-person"));

        await page.FillAsync("#chat-text", "涨水把我家房子冲垮了");
        await page.ClickAsync("#chat-send");
        var reply = page.Locator("#chat .msg.bot").First;
        await reply.WaitForAsync();
        Assert.Contains("这里是灾害预警与救助服务", await reply.InnerTextAsync());
        Assert.Equal("涨水把我家房子冲垮了", await page.Locator("#chat .msg.me").First.InnerTextAsync());
        Assert.Equal("", await page.InputValueAsync("#chat-text"));

        await page.ClickAsync("#nav-outbox");
        await page.WaitForURLAsync(url => url.EndsWith("/simulator/outbox", StringComparison.Ordinal));
        var outbox = await page.InnerTextAsync("#outbox");
        Assert.Contains(villager.Name, outbox);
        Assert.Contains("这里是灾害预警与救助服务", outbox);
        Assert.Contains("模拟", outbox);
        Assert.DoesNotContain(villager.Openid!, outbox);
    }
}
