using Alerts.Bot.Language;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Reports;

public sealed class ReportKeysTests
{
    [Fact]
    public void EveryHazardTheLanguageRulesRecogniseIsStoredAsAKnownHazard()
    {
        foreach (var kind in Enum.GetValues<HazardKind>())
            Assert.Contains(ReportKeys.Hazards[kind], ReportAnswers.KnownHazards);
    }

    [Fact]
    public void EveryAnswerHasOneKeyThatReadsBackAsTheSameAnswer()
    {
        Assert.All(Enum.GetValues<HouseDamage>(), v => Assert.Equal(v, ReportKeys.ParseHouse(ReportKeys.Key(v))));
        Assert.All(Enum.GetValues<CropLoss>(), v => Assert.Equal(v, ReportKeys.ParseCrops(ReportKeys.Key(v))));
        Assert.All(Enum.GetValues<WaterSupply>(), v => Assert.Equal(v, ReportKeys.ParseWater(ReportKeys.Key(v))));
        Assert.Null(ReportKeys.ParseHouse("flattened"));
    }
}
