using Alerts.Monitoring.Assessment;

namespace Alerts.Monitoring.Tests.Assessment;

public sealed class RelapseRiskAssessorTests
{
    private static readonly DateOnly Confirmed = new(2025, 7, 1);
    private static readonly RiskThresholdsOptions Chongqing2020 = new();

    [Theory]
    // members, last year's income, income lost, extra medical → per capita, at risk, red (line 4000: 6000 / 4800)
    [InlineData(3, 18000, null, null, 6000, false, false)] // exactly 1.5 ×: not below the monitoring line
    [InlineData(3, 17999, null, null, 5999.666, true, false)] // just below 1.5 ×
    [InlineData(1, 6000, 0, 0, 6000, false, false)]
    [InlineData(1, 6001, 1, null, 6000, false, false)]
    [InlineData(1, 6001, 2, null, 5999, true, false)]
    [InlineData(3, 14400, null, null, 4800, true, false)] // exactly 1.2 ×: in scope, but no red warning
    [InlineData(3, 14399, null, null, 4799.666, true, true)] // just below 1.2 ×
    [InlineData(2, 20000, 5000, 3000, 6000, false, false)] // the loss lands exactly on 1.5 ×
    [InlineData(2, 20000, 5000, 3001, 5999.5, true, false)]
    [InlineData(2, 20000, 7000, 3400, 4800, true, false)] // the loss lands exactly on 1.2 ×
    [InlineData(2, 20000, 7000, 3401, 4799.5, true, true)]
    [InlineData(4, 10000, 20000, null, 0, true, true)] // loss above income: never below zero
    [InlineData(5, 100000, 30000, 5000, 13000, false, false)]
    public void IncomeAfterTheLossIsComparedWithBothLines(
        int members, int income, int? lost, int? medical, double perCapita, bool atRisk, bool red)
    {
        var report = new ReportEvidence { Hazard = "flood", IncomeLostYuan = lost, ExtraMedicalYuan = medical };
        var household = new HouseholdProfile { Members = members, AnnualIncomeYuan = income };

        var a = RelapseRiskAssessor.Assess(report, household, Confirmed, Chongqing2020);

        Assert.Equal(perCapita, (double)a.PerCapitaIncomeYuan!.Value, 0.001);
        Assert.Equal(atRisk, a.AtRisk);
        Assert.Equal(atRisk, a.BelowMonitoringLine);
        Assert.Equal(red, a.RedWarning);
        Assert.Equal(red, a.BelowRedWarningLine);
    }

    // Issue 11: "起码十几万" is 110000..190000; the risk flag reads the most said (help first).
    [Fact]
    public void Issue11_ALossSaidAsARangeIsAssessedAtItsMost()
    {
        var report = new ReportEvidence { Hazard = "flood", IncomeLostYuan = 110_000, IncomeLostMaxYuan = 190_000 };
        var household = new HouseholdProfile { Members = 4, AnnualIncomeYuan = 200_000 };

        var a = RelapseRiskAssessor.Assess(report, household, Confirmed, Chongqing2020);

        Assert.Equal(2500, (double)a.PerCapitaIncomeYuan!.Value, 0.001); // (200000 − 190000) / 4, not (200000 − 110000) / 4
        Assert.True(a.RedWarning);
    }

    [Theory]
    // house, water, injured, medical, deaths, members → at risk, red, housing, water, medical concern
    [InlineData("None", "Normal", 0, null, 0, 3, false, false, false, false, false)]
    [InlineData("Minor", "Short", 0, null, 0, 3, false, false, false, false, false)]
    [InlineData("Severe", "Normal", 0, null, 0, 3, false, false, false, false, false)]
    [InlineData("Unsafe", "Normal", 0, null, 0, 3, true, true, true, false, false)]
    [InlineData("Collapsed", "Normal", 0, null, 0, 3, true, true, true, false, false)]
    [InlineData("None", "None", 0, null, 0, 3, true, true, false, true, false)]
    [InlineData("None", "Polluted", 0, null, 0, 3, true, true, false, true, false)]
    [InlineData("None", "Normal", 1, null, 0, 3, true, false, false, false, true)]
    [InlineData("None", "Normal", 0, 500, 0, 3, true, false, false, false, true)]
    [InlineData("None", "Normal", 0, null, 1, 3, true, false, false, false, false)]
    // A register without household size is as unknown as one without income.
    [InlineData("None", "Normal", 1, null, 0, 0, true, false, false, false, true)]
    public void WithIncomeUnknownTheGuaranteesDecide(
        string house, string water, int injured, int? medical, int deaths, int members,
        bool atRisk, bool red, bool housing, bool waterFails, bool medicalConcern)
    {
        var report = new ReportEvidence
        {
            Hazard = "landslide", House = Enum.Parse<HouseDamage>(house), Water = Enum.Parse<WaterSupply>(water), Injured = injured, ExtraMedicalYuan = medical, Deaths = deaths,
        };
        var household = new HouseholdProfile { Members = members, AnnualIncomeYuan = members == 0 ? 30000 : null };

        var a = RelapseRiskAssessor.Assess(report, household, Confirmed, Chongqing2020);

        Assert.Null(a.PerCapitaIncomeYuan);
        Assert.False(a.BelowMonitoringLine);
        Assert.Equal((atRisk, red, housing, waterFails, medicalConcern),
            (a.AtRisk, a.RedWarning, a.HousingFails, a.WaterFails, a.MedicalConcern));
        Assert.StartsWith(red ? "【红色预警】收入不详" : "收入不详", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellOffHouseholdWithAnInjuryIsNotAtRiskButAFailedGuaranteeAlwaysIs()
    {
        var household = new HouseholdProfile { Members = 2, AnnualIncomeYuan = 60000 };

        var injured = RelapseRiskAssessor.Assess(
            new ReportEvidence { Injured = 1, ExtraMedicalYuan = 2000 }, household, Confirmed, Chongqing2020);
        var collapsed = RelapseRiskAssessor.Assess(
            new ReportEvidence { House = HouseDamage.Collapsed }, household, Confirmed, Chongqing2020);

        Assert.False(injured.AtRisk);
        Assert.True(injured.MedicalConcern);
        Assert.Empty(injured.RiskTypes);
        Assert.Null(injured.ObjectType);
        Assert.Null(injured.Deadline);
        Assert.EndsWith("暂未达到监测标准。", injured.Explanation, StringComparison.Ordinal);
        Assert.True(collapsed.AtRisk && collapsed.RedWarning);
        Assert.Equal(MonitoringObjectType.SuddenSevereHardship, collapsed.ObjectType);
    }

    [Theory]
    // medical spending, last year's income → rigid spending exceeds income
    [InlineData(30001, 30000, true)]
    [InlineData(30000, 30000, false)]
    [InlineData(100, 0, true)]
    [InlineData(null, 30000, false)]
    public void RigidSpendingAboveLastYearsIncomeIsFlagged(int? medical, int income, bool exceeds)
    {
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { ExtraMedicalYuan = medical },
            new HouseholdProfile { Members = 1, AnnualIncomeYuan = income }, Confirmed, Chongqing2020);

        Assert.Equal(exceeds, a.RigidSpendingExceedsIncome);
        Assert.Equal(exceeds, a.Explanation.Contains("医疗支出超过上年家庭收入", StringComparison.Ordinal));
    }

    [Theory]
    // lifted out, per-capita income (×1 member; null unknown), house → object type
    [InlineData(true, 3000, "None", "UnstableLiftedOut")]
    [InlineData(true, 50000, "Collapsed", "UnstableLiftedOut")]
    [InlineData(true, null, "Unsafe", "UnstableLiftedOut")]
    [InlineData(false, 3000, "None", "MarginalAtRisk")]
    [InlineData(false, 5999, "Collapsed", "MarginalAtRisk")]
    [InlineData(false, 6000, "Collapsed", "SuddenSevereHardship")]
    [InlineData(false, 50000, "Unsafe", "SuddenSevereHardship")]
    [InlineData(false, null, "Collapsed", "SuddenSevereHardship")]
    public void TheObjectTypeFollowsHouseholdKindAndIncome(
        bool liftedOut, int? income, string house, string expected)
    {
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { House = Enum.Parse<HouseDamage>(house) },
            new HouseholdProfile { IsLiftedOut = liftedOut, Members = 1, AnnualIncomeYuan = income }, Confirmed,
            Chongqing2020);

        Assert.True(a.AtRisk);
        Assert.Equal(Enum.Parse<MonitoringObjectType>(expected), a.ObjectType);
        Assert.Contains(a.ObjectType!.Value.ToChinese(), a.Explanation, StringComparison.Ordinal);
    }
}
