using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Tests.Warnings;

public sealed class WarningLevelsTests
{
    [Theory]
    [InlineData("red", WarningLevel.Red)]
    [InlineData("红色", WarningLevel.Red)]
    [InlineData(" Ⅰ ", WarningLevel.Red)]
    [InlineData("ORANGE", WarningLevel.Orange)]
    [InlineData("II", WarningLevel.Orange)]
    [InlineData("黄", WarningLevel.Yellow)]
    [InlineData("4", WarningLevel.Blue)]
    [InlineData("蓝色", WarningLevel.Blue)]
    public void LevelsAreReadInEveryUsualSpelling(string text, WarningLevel expected)
    {
        Assert.True(WarningLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("purple")]
    [InlineData("5")]
    public void AnythingElseIsRefused(string? text)
    {
        Assert.False(WarningLevels.TryParse(text, out _));
    }

    [Fact]
    public void RedIsTheMostSevereAndBlueTheLeast()
    {
        Assert.True(WarningLevel.Red.AtLeast(WarningLevel.Orange));
        Assert.True(WarningLevel.Orange.AtLeast(WarningLevel.Orange));
        Assert.False(WarningLevel.Yellow.AtLeast(WarningLevel.Orange));
        Assert.Equal(["红色", "橙色", "黄色", "蓝色"], Enum.GetValues<WarningLevel>().Select(l => l.ChineseName()));
        Assert.Equal("orange", WarningLevel.Orange.Key());
    }

    [Theory]
    [InlineData(HazardFamily.Geological, "滑坡", true)]
    [InlineData(HazardFamily.Geological, "暴雨", false)]
    [InlineData(HazardFamily.Weather, "暴雨", true)]
    [InlineData(HazardFamily.Flood, "山洪", true)]
    [InlineData(HazardFamily.Other, "森林火灾", true)]
    [InlineData(HazardFamily.Other, " ", false)]
    public void EventsBelongToTheirFamily(HazardFamily family, string eventName, bool known)
    {
        Assert.Equal(known, HazardCatalogue.IsKnownEvent(family, eventName));
    }
}
