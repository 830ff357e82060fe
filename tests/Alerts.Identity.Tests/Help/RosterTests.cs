using Alerts.Identity.Tests.Support;
using Alerts.Store.People;
using Dapper;

namespace Alerts.Identity.Tests.Help;

/// <summary>The duty roster names staff who work in the place or above it, reachable on the channel given, in order.</summary>
public sealed class RosterTests
{
    [Fact]
    public async Task ARosterRefusesVillagersStaffOfAnotherTownUnreachableChannelsAndDuplicatesAndChangesNothing()
    {
        using var h = await IdentityHarness.StartAsync();
        using var c = h.Open();
        var towns = c.Query<string>("SELECT code FROM regions WHERE level = 4 ORDER BY code LIMIT 2").AsList();
        var ours = c.Query<(long Id, string Phone)>("SELECT id, phone FROM people WHERE role = 'official' AND region_code = @T ORDER BY id",
            new { T = towns[0] }).AsList();
        var theirs = c.QueryFirst<long>("SELECT id FROM people WHERE role = 'official' AND region_code = @T", new { T = towns[1] });
        var county = c.QueryFirst<long>("SELECT id FROM people WHERE role = 'official' AND region_code = '500112000000'");
        var before = await h.Roster.OfAsync(towns[0], default);

        Assert.NotEmpty(await h.Roster.SetAsync(towns[0][..9], [theirs.ToString()], "test", default));
        Assert.NotEmpty(await h.Roster.SetAsync(towns[0][..9], [h.First(Roles.Villager).Phone], "test", default));
        Assert.NotEmpty(await h.Roster.SetAsync(towns[0][..9], [ours[0].Id + ":fax"], "test", default));
        Assert.NotEmpty(await h.Roster.SetAsync(towns[0][..9], [ours[0].Phone, ours[0].Id.ToString()], "test", default));
        Assert.NotEmpty(await h.Roster.SetAsync("500112999", [ours[0].Phone], "test", default));
        Assert.Equal(before, await h.Roster.OfAsync(towns[0], default));

        Assert.Empty(await h.Roster.SetAsync(towns[0][..9], [county + ":sms", ours[1].Phone], "test", default));
        Assert.Equal([(county, "sms"), (ours[1].Id, "wechat")],
            (await h.Roster.OfAsync(towns[0], default)).Select(e => (e.PersonId, e.Channel)));
    }
}
