using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Tests.Warnings;

public sealed class DefenceGuidesTests
{
    [Fact]
    public void EveryCatalogueEventHasItsOwnGuide()
    {
        var events = Enum.GetValues<HazardFamily>().SelectMany(HazardCatalogue.EventsOf);

        Assert.All(events, e => Assert.True(DefenceGuides.HasEntry(e), $"no defence guide for {e}"));
    }

    [Fact]
    public void LevelsGetTheirOwnTextWhereItDiffersAndTheDefaultOtherwise()
    {
        Assert.Contains("立即转移", DefenceGuides.For("暴雨", WarningLevel.Red, WarningKinds.Warning));
        Assert.NotEqual(DefenceGuides.For("暴雨", WarningLevel.Red, WarningKinds.Warning), DefenceGuides.For("暴雨", WarningLevel.Blue, WarningKinds.Warning));
        Assert.Equal(DefenceGuides.For("冰雹", WarningLevel.Red, WarningKinds.Warning), DefenceGuides.For("冰雹", WarningLevel.Orange, WarningKinds.Warning));
        Assert.Contains("解除", DefenceGuides.For("暴雨", WarningLevel.Red, WarningKinds.AllClear));
        Assert.False(string.IsNullOrWhiteSpace(DefenceGuides.For("森林火灾", WarningLevel.Yellow, WarningKinds.Warning)));
    }
}
