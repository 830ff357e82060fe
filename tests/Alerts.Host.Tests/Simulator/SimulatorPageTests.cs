using System.Globalization;
using System.Net;
using Alerts.Channels.Messages;
using Alerts.Host.Tests.Support;
using Alerts.Store.Seeding;
using Dapper;

namespace Alerts.Host.Tests.Simulator;

public sealed class SimulatorPageTests
{
    [Fact]
    public async Task TheSimulatorListsEveryTownThenTheVillagesOfTheChosenTown()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        var town = DemoCounty.TownList[2];

        var start = await client.GetStringAsync("/simulator");
        var chosen = await client.GetStringAsync("/simulator?town=" + town.Code);

        Assert.Contains("<title>模拟器 · 灾害预警与救助</title>", start);
        Assert.All(DemoCounty.TownList, t => Assert.Contains($"<option value=\"{t.Code}\">{t.Name}</option>", start));
        Assert.DoesNotContain("id=\"village\"", start);
        Assert.Contains($"<option value=\"{town.Code}\" selected=\"selected\">{town.Name}</option>", chosen);
        var villages = DemoCounty.Villages.Where(v => v.ParentCode == town.Code).ToList();
        Assert.NotEmpty(villages);
        Assert.All(villages, v => Assert.Contains($"<option value=\"{v.Code}\">{v.Name}</option>", chosen));
        Assert.DoesNotContain(DemoCounty.Villages.First(v => v.ParentCode != town.Code).Code, chosen);
    }

    [Fact]
    public async Task AChosenVillageListsItsPeopleWithMaskedPhonesAndMarksItsGridWorker()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var village = DemoPerson.Villager(c, DemoPerson.WithBoth).RegionCode;
        var people = DemoPerson.OfVillage(c, village);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/simulator?village=" + village));

        Assert.Contains("网格员", html);
        foreach (var p in people)
        {
            Assert.Contains($"id=\"person-{p.Id}\"", html);
            Assert.Contains($">{p.Name}</a>", html);
            if (p.Phone is null) continue;
            Assert.Contains(AddressMask.Mask(p.Phone), html);
            Assert.DoesNotContain(p.Phone, html);
        }
        Assert.All(people.Where(p => p.Openid is not null), p => Assert.DoesNotContain(p.Openid!, html));
    }

    [Fact]
    public async Task AChosenPersonGetsAChatOnWeChatWhenTheyHaveItAndOnSmsOtherwise()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var both = DemoPerson.Villager(c, DemoPerson.WithBoth);
        var smsOnly = DemoPerson.Villager(c, DemoPerson.WithoutOpenid);

        var wechatPage = await client.GetStringAsync("/simulator?person=" + both.Id);
        var smsPage = await client.GetStringAsync("/simulator?person=" + smsOnly.Id);
        var switched = await client.GetStringAsync($"/simulator?person={both.Id}&channel=sms");

        Assert.Contains($"<span id=\"selected-person\">{both.Name}</span>", wechatPage);
        Assert.Contains($"data-person=\"{both.Id}\" data-channel=\"wechat\"", wechatPage);
        Assert.Contains("id=\"event-subscribe\"", wechatPage);
        Assert.Contains($"<option value=\"{both.RegionCode}\" selected=\"selected\">", wechatPage);
        Assert.Contains($"data-person=\"{smsOnly.Id}\" data-channel=\"sms\"", smsPage);
        Assert.Contains("<span id=\"channel-wechat\" class=\"muted\">微信（无）</span>", smsPage);
        Assert.DoesNotContain("id=\"event-subscribe\"", smsPage);
        Assert.Contains($"data-person=\"{both.Id}\" data-channel=\"sms\"", switched);
    }

    [Fact]
    public async Task TheConversationSoFarIsShownWhenThePersonIsOpenedAgain()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);
        var replies = await SimulatorClient.RepliesAsync(await SimulatorClient.SendAsync(client, villager.Id, "sms", "桥被冲断了"));

        var smsPage = await client.GetStringAsync($"/simulator?person={villager.Id}&channel=sms");
        var wechatPage = await client.GetStringAsync($"/simulator?person={villager.Id}&channel=wechat");

        Assert.Contains("<div class=\"msg me\">桥被冲断了</div>", smsPage);
        // The page encodes as the Host does: Chinese left as is, line breaks as entities.
        var encoded = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(replies[0]);
        Assert.Contains($"<div class=\"msg bot\">{encoded}</div>", smsPage);
        Assert.DoesNotContain("桥被冲断了", wechatPage);
    }

    [Fact]
    public async Task TheOutboxShowsTheReplyWithAMaskedRecipientAndThePersonsNameButNeverTheFullPhone()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();
        using var c = app.OpenDatabase();
        var villager = DemoPerson.Villager(c, DemoPerson.WithBoth);
        var reply = (await SimulatorClient.RepliesAsync(await SimulatorClient.SendAsync(client, villager.Id, "sms", "涨水把我家房子冲垮了")))[0];
        await SimulatorClient.SendAsync(client, villager.Id, "wechat", "路断了");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/simulator/outbox"));
        var smsOnly = WebUtility.HtmlDecode(await client.GetStringAsync("/simulator/outbox?channel=sms"));

        Assert.Contains("<title>发送记录 · 灾害预警与救助</title>", html);
        Assert.Contains($"<td>{AddressMask.Mask(villager.Phone)}</td>", html);
        Assert.Contains($"<td>{AddressMask.Mask(villager.Openid)}</td>", html);
        Assert.Contains($"<td>{villager.Name}</td>", html);
        Assert.Contains(reply, html);
        Assert.Contains("<td>短信</td>", html);
        Assert.Contains("<td>微信</td>", html);
        Assert.Contains("<td>回复</td>", html);
        Assert.Contains("模拟</td>", html);
        Assert.DoesNotContain(villager.Phone!, html);
        Assert.DoesNotContain(villager.Openid!, html);
        var created = DateTimeOffset.Parse(c.QueryFirst<string>("SELECT created_utc FROM outbound_messages WHERE channel = 'sms'"),
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var beijing = created.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Contains($"<td class=\"time\">{beijing}</td>", html);
        Assert.DoesNotContain("<td>微信</td>", smsOnly);
        Assert.Contains("<td>短信</td>", smsOnly);
    }

    [Fact]
    public async Task TheHeaderLinksToTheSimulatorAndTheOutboxOnEveryPageMarkingTheCurrentOne()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();

        var home = await client.GetStringAsync("/");
        var outbox = await client.GetStringAsync("/simulator/outbox");

        foreach (var page in new[] { home, outbox })
        {
            Assert.Contains("<a href=\"/simulator\" id=\"nav-simulator\"", page);
            Assert.Contains("<a href=\"/simulator/outbox\" id=\"nav-outbox\"", page);
        }
        Assert.Contains("id=\"nav-outbox\" aria-current=\"page\">发送记录</a>", outbox);
        Assert.Contains("id=\"outbox-empty\"", outbox);
    }
}
