using Alerts.Broadcast.Tests.Support;
using Alerts.Broadcast.Warnings;
using Alerts.Identity.Accounts;
using Dapper;

namespace Alerts.Broadcast.Tests.Targeting;

public sealed class DraftPreviewTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Checking_a_draft_stores_nothing_and_previews_exactly_the_people_targeting_later_writes()
    {
        using var h = await BroadcastHarness.StartAsync();
        var official = await h.OfficialAsync("500112000000", Departments.Emergency);
        var request = Requests.Gale() with { Audiences = ["households", "grid_workers"] };

        var check = await h.Lifecycle.CheckAsync(official, request, Ct);
        Assert.True(check.Succeeded, check.Refusal?.Detail);
        var preview = await h.Previews.PreviewAsync(check.Value.Draft, Ct);
        using (var c = h.Open())
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));

        var warning = await h.PublishAsync(request, department: Departments.Emergency);
        var result = await h.Targeter.RunAsync(warning.Id, Ct);
        Assert.False(check.Value.GreenChannel);
        Assert.Equal(result.Rows, preview.Total);
        Assert.Equal(preview, await h.Previews.PreviewAsync(warning, Ct), new PreviewComparer());
    }

    [Fact]
    public async Task Checking_refuses_what_creating_refuses_and_names_the_green_channel()
    {
        using var h = await BroadcastHarness.StartAsync();
        var townOfficial = await h.OfficialAsync("500112101000", Departments.Emergency);

        var outside = await h.Lifecycle.CheckAsync(townOfficial, Requests.Gale(Requests.OtherTown), Ct);
        var storm = await h.Lifecycle.CheckAsync(townOfficial, Requests.Gale() with { Event = "暴雨", Level = "red" }, Ct);

        Assert.Equal(RefusalKind.Forbidden, outside.Refusal?.Kind);
        Assert.True(storm.Succeeded && storm.Value.GreenChannel);
    }

    private sealed class PreviewComparer : IEqualityComparer<Broadcast.Targeting.Preview>
    {
        public bool Equals(Broadcast.Targeting.Preview? a, Broadcast.Targeting.Preview? b) =>
            a!.Total == b!.Total && a.ByChannel.OrderBy(k => k.Key).SequenceEqual(b.ByChannel.OrderBy(k => k.Key))
            && a.Rows.SequenceEqual(b.Rows);

        public int GetHashCode(Broadcast.Targeting.Preview p) => p.Total.GetHashCode();
    }
}
