using Alerts.Identity.Help;
using Alerts.Identity.Tests.Support;
using Alerts.Store.People;
using Dapper;

namespace Alerts.Identity.Tests.Help;

/// <summary>A cry for help reaches a person, with the words said, and climbs the duty roster until someone handles it.</summary>
public sealed class HelpDeskTests
{
    [Fact]
    public async Task TheVillagesGridWorkerIsToldFirstThenTheTownsRosterInOrderThenTheCountysUntilHandled()
    {
        using var h = await IdentityHarness.StartAsync();
        var villager = h.First(Roles.Villager);
        var town = villager.Region[..9] + "000";
        var county = villager.Region[..6] + "000000";
        using var c = h.Open();
        var worker = c.QuerySingle<long>("SELECT worker_id FROM grid_assignments WHERE region_code = @R", new { R = villager.Region });
        var chain = (await h.Roster.OfAsync(town, default)).Concat(await h.Roster.OfAsync(county, default)).Select(e => e.PersonId).ToList();
        Assert.Equal(4, chain.Count); // the demo roster: two for the town, two for the county

        var raised = await RaiseAsync(h, new HelpCaller("sms", villager.Phone, villager.Id, "李大爷", villager.Phone, villager.Region), "救命 后山垮了");
        var first = Assert.Single(h.Notifications());
        Assert.Equal(worker, first.PersonId);
        Assert.Contains("救命 后山垮了", first.Text);
        Assert.Contains(villager.Phone, first.Text);
        Assert.Single(raised.Told);

        h.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await h.Help.EscalateDueAsync(default));
        for (var step = 0; step < chain.Count; step++)
        {
            h.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(1, await h.Help.EscalateDueAsync(default));
            var told = h.Notifications()[^1];
            Assert.Equal((chain[step], "wechat"), (told.PersonId, told.OnlyChannel));
            Assert.Contains("求助未处理", told.Text);
        }
        h.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(0, await h.Help.EscalateDueAsync(default)); // everyone told: logged for a person to act, nobody twice

        Assert.Equal(HandleOutcome.Forbidden, await h.Help.HandleAsync(raised.Request.Id, "account:1", "500112999000", null, default));
        Assert.Equal(HandleOutcome.Handled, await h.Help.HandleAsync(raised.Request.Id, "account:1", county, "已送医", default));
        Assert.Equal(HandleOutcome.AlreadyHandled, await h.Help.HandleAsync(raised.Request.Id, "account:1", county, null, default));
        Assert.Contains("已送医", h.Notifications()[^1].Text);
        Assert.Equal(villager.Id, h.Notifications()[^1].PersonId);
    }

    [Fact]
    public async Task SomeoneWhoseVillageIsUnknownReachesTheCountysRosterAndMoreWordsJoinTheOpenRequest()
    {
        using var h = await IdentityHarness.StartAsync();
        var caller = new HelpCaller("wechat", "oUnknownCaller00000000000001", null, null, null, null);
        var county = (await h.Roster.OfAsync("500112000000", default))[0];

        var raised = await RaiseAsync(h, caller, "有人被埋了");
        var more = await RaiseAsync(h, caller, "在三组 13800001111");

        Assert.Equal(raised.Request.Id, more.Request.Id);
        Assert.True(more.AddedToOpen);
        Assert.All(h.Notifications(), n => Assert.Equal(county.PersonId, n.PersonId));
        Assert.Contains("在三组 13800001111", h.Notifications()[^1].Text);
        Assert.Contains("没有登记电话", h.Notifications()[0].Text);
        using var c = h.Open();
        Assert.Equal("有人被埋了\n在三组 13800001111", c.ExecuteScalar<string>("SELECT words FROM help_requests"));
    }

    private static Task<HelpRaised> RaiseAsync(IdentityHarness h, HelpCaller caller, string words) =>
        h.InTurnAsync((c, tx) => h.Help.RaiseAsync(c, tx, caller, words, h.Clock.GetUtcNow(), default));
}
