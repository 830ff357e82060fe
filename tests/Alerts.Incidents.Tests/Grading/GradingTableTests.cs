using System.Text;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Grading;

namespace Alerts.Incidents.Tests.Grading;

/// <summary>Art. 5 as grading.json writes it, at every boundary, and the file's validation.</summary>
public sealed class GradingTableTests
{
    private static readonly GradingTable Geological = GradingTables.Embedded().For("geological")!;

    [Theory]
    [InlineData("deaths", 0, "small")]
    [InlineData("deaths", 2, "small")]
    [InlineData("deaths", 3, "medium")]
    [InlineData("deaths", 9, "medium")]
    [InlineData("deaths", 10, "large")]
    [InlineData("deaths", 29, "large")]
    [InlineData("deaths", 30, "extra_large")]
    [InlineData("direct_loss", 999_999, "small")]
    [InlineData("direct_loss", 1_000_000, "medium")]
    [InlineData("direct_loss", 4_999_999, "medium")]
    [InlineData("direct_loss", 5_000_000, "large")]
    [InlineData("direct_loss", 9_999_999, "large")]
    [InlineData("direct_loss", 10_000_000, "extra_large")]
    [InlineData("to_relocate", 99, "small")]
    [InlineData("to_relocate", 100, "medium")]
    [InlineData("to_relocate", 499, "medium")]
    [InlineData("to_relocate", 500, "large")]
    [InlineData("to_relocate", 999, "large")]
    [InlineData("to_relocate", 1_000, "extra_large")]
    [InlineData("potential_loss", 4_999_999, "small")]
    [InlineData("potential_loss", 5_000_000, "medium")]
    [InlineData("potential_loss", 49_999_999, "medium")]
    [InlineData("potential_loss", 50_000_000, "large")]
    [InlineData("potential_loss", 99_999_999, "large")]
    [InlineData("potential_loss", 100_000_000, "extra_large")]
    public void EachThresholdOfArticleFiveGivesItsGradeFromItsFirstUnit(string figure, long value, string grade)
    {
        var outcome = Grader.Grade(Geological, new Dictionary<string, FigureRange> { [figure] = FigureRange.Exactly(value) });

        Assert.Equal(grade, outcome.Grade);
        var part = figure is FigureKeys.Deaths or FigureKeys.DirectLoss ? outcome.DisasterGrade : outcome.DangerGrade;
        Assert.Equal(grade, part);
        Assert.Contains("达到" + IncidentGrades.ToChinese(grade), outcome.Reason);
    }

    [Fact]
    public void TheReasonQuotesTheRegulationsWordsForTheCriterionThatGaveTheGrade()
    {
        var outcome = Grader.Grade(Geological, new Dictionary<string, FigureRange>
        {
            [FigureKeys.ToRelocate] = FigureRange.Exactly(520), [FigureKeys.Deaths] = FigureRange.Exactly(1),
        });

        Assert.Equal(("large", "small", "large"), (outcome.Grade, outcome.DisasterGrade, outcome.DangerGrade));
        Assert.StartsWith("险情：需转移520人，达到大型（受灾害威胁，需搬迁转移人员在五百人以上不满一千人）", outcome.Reason);
        Assert.Contains("灾情：死亡1人，达到小型（因灾死亡不满三人）", outcome.Reason);
    }

    [Fact]
    public void ARangeIsGradedOnItsMostAndTheReasonSaysSo()
    {
        var outcome = Grader.Grade(Geological, new Dictionary<string, FigureRange> { [FigureKeys.DirectLoss] = new(4_000_000, 6_000_000) });

        Assert.Equal("large", outcome.Grade);
        Assert.Contains("按上限", outcome.Reason);
    }

    [Fact]
    public void AFamilyWithNoTableAndAnIncidentWithNoFigureAreUnclassified()
    {
        var figures = new Dictionary<string, FigureRange> { [FigureKeys.Deaths] = FigureRange.Exactly(40) };
        Assert.Null(GradingTables.Embedded().For("weather"));
        Assert.Equal(IncidentGrades.Unclassified, Grader.Grade(null, figures).Grade);
        var nothing = Grader.Grade(Geological, new Dictionary<string, FigureRange> { [FigureKeys.Injured] = FigureRange.Exactly(4) });
        Assert.Equal((IncidentGrades.Unclassified, (string?)null, (string?)null), (nothing.Grade, nothing.DisasterGrade, nothing.DangerGrade));
    }

    [Theory]
    [InlineData("""{"families":{"volcanic":{"source":"x","disaster":[],"danger":[]}}}""", "unknown hazard family")]
    [InlineData("""{"families":{"geological":{"source":"x","disaster":[{"figure":"deaths","thresholds":[{"grade":"large","atLeast":10,"words":"a"},{"grade":"extra_large","atLeast":30,"words":"b"},{"grade":"medium","atLeast":3,"words":"c"},{"grade":"small","atLeast":0,"words":"d"}]}],"danger":[{"figure":"to_relocate","thresholds":[{"grade":"extra_large","atLeast":1000,"words":"a"},{"grade":"large","atLeast":500,"words":"b"},{"grade":"medium","atLeast":100,"words":"c"},{"grade":"small","atLeast":0,"words":"d"}]}]}}}""", "in that order")]
    [InlineData("""{"families":{"geological":{"source":"x","disaster":[{"figure":"deaths","thresholds":[{"grade":"extra_large","atLeast":30,"words":"a"},{"grade":"large","atLeast":30,"words":"b"},{"grade":"medium","atLeast":3,"words":"c"},{"grade":"small","atLeast":0,"words":"d"}]}],"danger":[{"figure":"to_relocate","thresholds":[{"grade":"extra_large","atLeast":1000,"words":"a"},{"grade":"large","atLeast":500,"words":"b"},{"grade":"medium","atLeast":100,"words":"c"},{"grade":"small","atLeast":0,"words":"d"}]}]}}}""", "strictly")]
    [InlineData("""{"families":{"geological":{"source":"x","disaster":[{"figure":"corpses","thresholds":[]}],"danger":[]}}}""", "unknown figure")]
    [InlineData("""{"families":{"geological":{"source":"x","disaster":[{"figure":"deaths","thresholds":[{"grade":"extra_large","atLeast":30,"words":""},{"grade":"large","atLeast":10,"words":"b"},{"grade":"medium","atLeast":3,"words":"c"},{"grade":"small","atLeast":0,"words":"d"}]}],"danger":[{"figure":"to_relocate","thresholds":[{"grade":"extra_large","atLeast":1000,"words":"a"},{"grade":"large","atLeast":500,"words":"b"},{"grade":"medium","atLeast":100,"words":"c"},{"grade":"small","atLeast":0,"words":"d"}]}]}}}""", "quotes")]
    public void ABrokenGradingFileIsRefusedAtLoadNamingWhatIsWrong(string json, string says)
    {
        var error = Assert.Throws<InvalidDataException>(() => GradingTables.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(says, error.Message);
    }
}
