using Alerts.Identity.Accounts;
using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Tests.Warnings;

public sealed class PublishingRulesTests
{
    private static Account Official(string region, string? department, string role = AccountRoles.Official) =>
        new() { Id = 1, Name = "官员", Role = role, RegionCode = region, Department = department };

    [Theory]
    // jurisdiction: a town official in their town, in another town, above it; a county official anywhere in the county
    [InlineData("500112101000", "emergency", "weather", "warning", "500112101001", true)]
    [InlineData("500112101000", "emergency", "weather", "warning", "500112102", false)]
    [InlineData("500112101000", "emergency", "weather", "warning", "500112", false)]
    [InlineData("500112000000", "emergency", "weather", "warning", "500112105", true)]
    // geological: forecasts only natural resources; weather-risk warnings natural resources or weather; danger notices anyone
    [InlineData("500112000000", "natural_resources", "geological", "forecast", "500112101", true)]
    [InlineData("500112101000", "natural_resources", "geological", "forecast", "500112101", false)] // a county's act, not a town's
    [InlineData("500112000000", "weather", "geological", "forecast", "500112101", false)]
    [InlineData("500112000000", "emergency", "geological", "forecast", "500112101", false)]
    [InlineData("500112000000", "weather", "geological", "warning", "500112101", true)]
    [InlineData("500112000000", "water", "geological", "warning", "500112101", false)]
    [InlineData("500112101000", "emergency", "geological", "danger_notice", "500112101", true)]
    public void WhoMayPublishWhatAndWhere(string region, string department, string hazard, string kind, string area, bool allowed)
    {
        var refusal = PublishingRules.Check(Official(region, department), Enum.Parse<HazardFamily>(hazard, true), kind, [area]);

        Assert.Equal(allowed, refusal is null);
        if (refusal is not null) Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
    }

    [Fact]
    public void LiftingAForecastNeedsTheForecastersDepartment()
    {
        var weather = Official("500112000000", Departments.Weather);

        Assert.NotNull(PublishingRules.Check(weather, HazardFamily.Geological, WarningKinds.AllClear, ["500112101"], WarningKinds.Forecast));
        Assert.Null(PublishingRules.Check(weather, HazardFamily.Geological, WarningKinds.AllClear, ["500112101"], WarningKinds.Warning));
    }

    [Fact]
    public void GridWorkerAccountsDoNotPublishThroughTheApi()
    {
        var worker = Official("500112101001", null, AccountRoles.GridWorker);

        Assert.NotNull(PublishingRules.Check(worker, HazardFamily.Weather, WarningKinds.Warning, ["500112101001"]));
    }

    [Theory]
    [InlineData("暴雨", WarningLevel.Red, true)]
    [InlineData("暴雨", WarningLevel.Orange, true)]
    [InlineData("暴雨", WarningLevel.Yellow, false)]
    [InlineData("冰雹", WarningLevel.Orange, true)]
    [InlineData("滑坡", WarningLevel.Red, false)]
    public void SuddenSevereWeatherAtOrangeAndAboveTakesTheGreenChannel(string eventName, WarningLevel level, bool green)
    {
        Assert.Equal(green, PublishingRules.IsGreenChannel(new BroadcastOptions(), eventName, level));
    }

    [Fact]
    public void TheGreenChannelIsConfigurable()
    {
        var options = new BroadcastOptions { GreenChannelEvents = ["大风"], GreenChannelLevels = ["yellow"] };

        Assert.True(PublishingRules.IsGreenChannel(options, "大风", WarningLevel.Yellow));
        Assert.False(PublishingRules.IsGreenChannel(options, "暴雨", WarningLevel.Red));
    }
}
