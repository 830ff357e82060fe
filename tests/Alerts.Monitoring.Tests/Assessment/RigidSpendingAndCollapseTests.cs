using Alerts.Monitoring.Assessment;

namespace Alerts.Monitoring.Tests.Assessment;

/// <summary>刚性支出明显超过上年度收入 and 收入大幅缩减 (policy 003), and what a failed harvest counts for.</summary>
public sealed class RigidSpendingAndCollapseTests
{
    private static readonly DateOnly Reported = new(2025, 7, 1);

    [Theory]
    // medical at least, medical at most, members, income per person → rigid spending exceeds last year's income
    [InlineData(30001, null, 2, 15000, true)]
    [InlineData(30000, null, 2, 15000, false)]
    [InlineData(20000, 40000, 2, 15000, true)] // a range read at its most
    [InlineData(100, null, 1, 0, true)]
    [InlineData(null, null, 2, 15000, false)]
    public void RigidSpendingAboveLastYearsHouseholdIncomeIsFlagged(int? medical, int? medicalMax, int members, int perPerson, bool exceeds)
    {
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { ExtraMedicalYuan = medical, ExtraMedicalMaxYuan = medicalMax },
            new HouseholdProfile { Members = members, IncomePerPersonYuan = perPerson }, Reported, new RiskThresholdsOptions());

        Assert.Equal(exceeds, a.RigidSpendingExceedsIncome);
        Assert.Equal(medical is not null, a.AtRisk); // such a bill takes them below the line too
        Assert.Equal(exceeds, a.RiskTypes.Contains(RiskType.RigidSpending));
        Assert.Equal(exceeds, a.Explanation.Contains($"超过上年家庭收入{members * perPerson}元", StringComparison.Ordinal));
    }

    [Theory]
    // share, loss at most, members, income per person → collapse (a well-off household stays above the line)
    [InlineData("0.5", 40000, 2, 40000, true)] // exactly half of 80000
    [InlineData("0.5", 39999, 2, 40000, false)]
    [InlineData("0.3", 24000, 2, 40000, true)]
    [InlineData("0.3", 23999, 2, 40000, false)]
    public void ALossOfTheConfiguredShareOfIncomeIsACollapse(string share, int lost, int members, int perPerson, bool collapse)
    {
        var options = new RiskThresholdsOptions { IncomeCollapseShare = decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture) };

        var a = RelapseRiskAssessor.Assess(new ReportEvidence { IncomeLostYuan = lost },
            new HouseholdProfile { Members = members, IncomePerPersonYuan = perPerson }, Reported, options);

        Assert.False(a.BelowMonitoringLine);
        Assert.Equal((collapse, collapse, false), (a.IncomeCollapse, a.AtRisk, a.RedWarning));
        if (collapse)
        {
            Assert.Equal(MonitoringObjectType.SuddenSevereHardship, a.ObjectType);
            Assert.Equal([RiskType.Disaster, RiskType.IncomeCollapse], a.RiskTypes);
            Assert.Contains("收入大幅缩减", a.Explanation, StringComparison.Ordinal);
        }
    }

    [Theory]
    // income per person (3 members; null unknown), loss said → at risk, object type, collapse, explanation says
    [InlineData(null, null, true, null, true, "庄稼绝收、损失金额没说，按收入大幅缩减待核实")] // a clue, type waits
    [InlineData(5000, null, true, "MarginalAtRisk", true, "低于监测线6000元")] // below the line even before the loss
    [InlineData(8000, null, true, null, true, "是否低于监测线6000元待核实")] // at most 8000: below or not, nobody knows
    [InlineData(8000, 3000, false, null, false, "不低于监测线6000元")] // the sum said decides: 8000 − 1000
    [InlineData(6500, 5000, true, "MarginalAtRisk", false, "约4833元，低于监测线6000元")]
    public void AFailedHarvestCountsByItsSumOrWithoutOneAsACollapseToCheck(
        int? perPerson, int? lost, bool atRisk, string? type, bool collapse, string said)
    {
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { Hazard = "drought", Crops = CropLoss.TotalLoss, IncomeLostYuan = lost },
            new HouseholdProfile { Members = 3, IncomePerPersonYuan = perPerson }, Reported, new RiskThresholdsOptions());

        Assert.Equal((atRisk, collapse, false), (a.AtRisk, a.IncomeCollapse, a.RedWarning));
        Assert.Equal(type is null ? null : Enum.Parse<MonitoringObjectType>(type), a.ObjectType);
        Assert.Contains(said, a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReducedCropsWithoutASumAreNoCollapse()
    {
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { Crops = CropLoss.Reduced },
            new HouseholdProfile { Members = 3 }, Reported, new RiskThresholdsOptions());

        Assert.False(a.AtRisk || a.IncomeCollapse);
    }

    [Fact]
    public void NoLabourOnRecordIsALackOfLabourRiskAndTheRegisterFlagsAreNamed()
    {
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { House = HouseDamage.Unsafe },
            new HouseholdProfile { Members = 1, IncomePerPersonYuan = 7000, Labour = LabourCapacity.None, HasDibao = true, IsTekun = true },
            Reported, new RiskThresholdsOptions());

        Assert.Equal([RiskType.Disaster, RiskType.Housing, RiskType.LackOfLabour], a.RiskTypes);
        Assert.Contains("档案记载无劳动力；档案：低保户、特困户", a.Explanation, StringComparison.Ordinal);
    }
}
