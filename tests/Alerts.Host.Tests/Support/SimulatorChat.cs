using Alerts.Bot.Enrolment;
using Alerts.Bot.Reports;
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

    /// <summary>
    /// A villager who has not consented yet reports by SMS that the flood brought their house down (no water, ¥2,000
    /// lost, still able to work) and confirms the summary: the first report of a fresh demo county, number 100001.
    /// </summary>
    public static async Task FileCollapsedHouseReportAsync(IPage page)
    {
        await SayAsync(page, "涨水把我家房子冲垮了", EnrolmentTexts.PrivacySms);
        await SayAsync(page, "同意", ReportQuestions.When.Text);
        await SayAsync(page, "昨天", ReportQuestions.People.Text);
        await SayAsync(page, "没有", ReportQuestions.Crops.Text);
        await SayAsync(page, "减产", ReportQuestions.Livestock.Text);
        await SayAsync(page, "没有", ReportQuestions.Water.Text);
        await SayAsync(page, "没水", ReportQuestions.IncomeLost.Text);
        // The house is gone: food and clothes, then the children's school (issue 13).
        await SayAsync(page, "两千", ReportQuestions.Living.Text);
        await SayAsync(page, "有", ReportQuestions.Schooling.Text);
        await SayAsync(page, "3", ReportQuestions.Labour.Text);
        await SayAsync(page, "有", "请核对：洪水，房屋倒塌");
        await SayAsync(page, "对", "报告已提交，编号100001。");
    }
}
