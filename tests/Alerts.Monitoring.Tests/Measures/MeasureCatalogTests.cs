using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Measures;

namespace Alerts.Monitoring.Tests.Measures;

/// <summary>The measures file speaks the words the cases and households use, and the advisor follows the labour rule.</summary>
public sealed class MeasureCatalogTests
{
    private static readonly MeasureCatalog Catalog = new();
    private static readonly MeasureAdvisor Advisor = new(Catalog);

    [Fact]
    public void EveryMeasureNamesKnownRiskTypesLabourWordsAndAPolicyText()
    {
        var risks = Enum.GetValues<RiskType>().Select(t => t.ToChinese()).ToHashSet();

        Assert.True(Catalog.All.Count >= 20);
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(m => m.Key).Distinct().Count());
        Assert.All(Catalog.All, m => Assert.Subset(risks, m.Risks.ToHashSet()));
        Assert.All(Catalog.All, m => Assert.Subset(new HashSet<string> { "full", "weak", "none" }, m.Labour.ToHashSet()));
        Assert.All(Catalog.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Policy)));
        // The policy's own words are there: top-up loans, loan extension, public-welfare jobs of reconstruction.
        Assert.Contains(Catalog.All, m => m.Name.Contains("追加贷款", StringComparison.Ordinal));
        Assert.Contains(Catalog.All, m => m.Name.Contains("展期", StringComparison.Ordinal));
        Assert.Contains(Catalog.All, m => m.Name.Contains("公益性岗位", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("full", "industry")]
    [InlineData("weak", "employment")]
    [InlineData("none", "social_protection")]
    public void TheAdvisorPutsWhatFitsTheLabourFirst(string labour, string firstGroup)
    {
        var proposed = Advisor.Propose(["因灾", "住房安全"], labour);

        Assert.Equal(firstGroup, proposed[0].Group);
        Assert.All(proposed, m => Assert.True(m.FitsLabour(labour)));
    }

    [Fact]
    public void WeakLabourIsOfferedTheReconstructionJobsFirstAndNoLabourNeverIndustryOrEmployment()
    {
        Assert.Equal("reconstruction_job", Advisor.Propose(["因灾"], "weak")[0].Key);
        Assert.DoesNotContain(Advisor.Propose(["因灾", "因病", "缺劳动力"], "none"), m => m.IsDevelopmental);
    }

    [Fact]
    public void UnrecordedLabourGetsOnlyMeasuresThatDoNotDependOnIt()
    {
        var proposed = Advisor.Propose(["因灾", "饮水安全"], labour: null);

        Assert.Contains(proposed, m => m.Key == "emergency_water");
        Assert.All(proposed, m => Assert.Empty(m.Labour));
    }
}
