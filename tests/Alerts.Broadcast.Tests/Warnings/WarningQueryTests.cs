using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Tests.Warnings;

public sealed class WarningQueryTests
{
    [Fact]
    public void FiltersAreReadAsPeopleAndScriptsWriteThem()
    {
        var parsed = WarningQuery.Parse("in_force", "Flood", "红色", "500112101000", "2026-06-01", "2026-06-01");

        Assert.True(parsed.Succeeded);
        var q = parsed.Value;
        Assert.Equal(WarningQuery.InForce, q.State);
        Assert.Equal(HazardFamily.Flood, q.Hazard);
        Assert.Equal(WarningLevel.Red, q.Level);
        Assert.Equal("500112101", q.Area);
        // Beijing days: 2026-06-01 runs from 05-31 16:00 UTC to 06-01 16:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 5, 31, 16, 0, 0, TimeSpan.Zero), q.FromUtc);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 16, 0, 0, TimeSpan.Zero), q.BeforeUtc);
    }

    [Fact]
    public void NoFilterAtAllIsTheWholeList()
    {
        var parsed = WarningQuery.Parse(null, "", " ", null, null, null);

        Assert.True(parsed.Succeeded);
        Assert.Equal(new WarningQuery(), parsed.Value);
    }

    [Theory]
    [InlineData("open", null, null, null, null, null, "state")]
    [InlineData(null, "1", null, null, null, null, "hazard")]
    [InlineData(null, null, "紫色", null, null, null, "level")]
    [InlineData(null, null, null, "5001121", null, null, "area")]
    [InlineData(null, null, null, "000000000000", null, null, "area")]
    [InlineData(null, null, null, null, "2026/06/01", null, "from")]
    [InlineData(null, null, null, null, "0001-01-01", null, "from")]
    [InlineData(null, null, null, null, null, "9999-12-31", "to")]
    [InlineData(null, null, null, null, "2026-06-02", "2026-06-01", "to")]
    public void AValueThatIsNoneIsRefusedForItsField(string? state, string? hazard, string? level, string? area, string? from,
        string? to, string field)
    {
        var parsed = WarningQuery.Parse(state, hazard, level, area, from, to);

        Assert.False(parsed.Succeeded);
        Assert.Equal(RefusalKind.Invalid, parsed.Refusal.Kind);
        Assert.Contains(field, parsed.Refusal.Errors.Keys);
        Assert.Single(parsed.Refusal.Errors);
    }
}
