using Microsoft.Playwright;

namespace Alerts.Host.Tests.Support;

/// <summary>Talking to the bot in the simulator page, as a person of the demo county.</summary>
public static class SimulatorChat
{
    /// <summary>Opens the simulator on <paramref name="person"/>'s town and village, picks them and the SMS channel.</summary>
    public static async Task OpenAsAsync(IPage page, Uri host, Resident person)
    {
        await page.GotoAsync(new Uri(host, "/simulator").ToString());
        await page.SelectOptionAsync("#town", person.TownCode);
        await page.WaitForURLAsync(url => url.Contains("town=" + person.TownCode, StringComparison.Ordinal));
        await page.SelectOptionAsync("#village", person.RegionCode);
        await page.WaitForURLAsync(url => url.Contains("village=" + person.RegionCode, StringComparison.Ordinal));
        await ChooseAsync(page, person);
        await page.ClickAsync("#channel-sms");
        await page.WaitForURLAsync(url => url.Contains("channel=sms", StringComparison.Ordinal));
    }

    public static async Task ChooseAsync(IPage page, Resident person)
    {
        await page.ClickAsync($"#person-{person.Id}");
        await page.WaitForURLAsync(url => url.Contains($"person={person.Id}", StringComparison.Ordinal));
        Assert.Equal(person.Name, await page.InnerTextAsync("#selected-person"));
    }

    /// <summary>Types a message, sends it, and waits for a bot bubble containing <paramref name="expected"/>.</summary>
    public static async Task SayAsync(IPage page, string text, string expected)
    {
        var before = await page.Locator("#chat .msg.bot").CountAsync();
        await page.FillAsync("#chat-text", text);
        await page.ClickAsync("#chat-send");
        await page.Locator("#chat .msg.me", new() { HasText = text }).Last.WaitForAsync();
        var replies = page.Locator("#chat .msg.bot");
        await replies.Nth(before).WaitForAsync();
        var shown = await replies.AllInnerTextsAsync();
        Assert.True(shown.Skip(before).Any(r => r.Contains(expected, StringComparison.Ordinal)),
            $"After “{text}” expected “{expected}”; the bot said:\n{string.Join("\n", shown.Skip(before))}");
    }
}
