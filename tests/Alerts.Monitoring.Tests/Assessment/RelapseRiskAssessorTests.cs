using Alerts.Monitoring.Assessment;

namespace Alerts.Monitoring.Tests.Assessment;

public sealed class RelapseRiskAssessorTests
{
    private static readonly DateOnly Reported = new(2025, 7, 1);
    private static readonly RiskThresholdsOptions Chongqing2020 = new();

    private static RiskAssessment Assess(ReportEvidence report, HouseholdProfile household) =>
        RelapseRiskAssessor.Assess(report, household, Reported, Chongqing2020);

    [Theory]
    // members, income per person, income lost, extra medical → per capita after the loss, at risk, red (6000 / 4800)
    [InlineData(3, 6000, null, null, 6000, false, false)] // exactly 1.5 ×: not below the monitoring line
    [InlineData(3, 5999, null, null, 5999, true, false)] // just below 1.5 ×
    [InlineData(1, 6000, 0, 0, 6000, false, false)]
    [InlineData(1, 6001, 1, null, 6000, false, false)]
    [InlineData(1, 6001, 2, null, 5999, true, false)]
    [InlineData(3, 4800, null, null, 4800, true, false)] // exactly 1.2 ×: in scope, but no red warning
    [InlineData(3, 4799, null, null, 4799, true, true)] // just below 1.2 ×
    [InlineData(2, 10000, 5000, 3000, 6000, false, false)] // the loss lands exactly on 1.5 ×
    [InlineData(2, 10000, 5000, 3001, 5999.5, true, false)]
    [InlineData(2, 10000, 7000, 3400, 4800, true, false)] // the loss lands exactly on 1.2 ×
    [InlineData(2, 10000, 7000, 3401, 4799.5, true, true)]
    [InlineData(4, 2500, 20000, null, 0, true, true)] // loss above income: never below zero
    [InlineData(5, 20000, 30000, 5000, 13000, false, false)]
    public void IncomeAfterTheLossIsComparedWithBothLines(
        int members, int perPerson, int? lost, int? medical, double perCapita, bool atRisk, bool red)
    {
        var a = Assess(new ReportEvidence { Hazard = "flood", IncomeLostYuan = lost, ExtraMedicalYuan = medical },
            new HouseholdProfile { Members = members, IncomePerPersonYuan = perPerson, IncomeYear = 2024 });

        Assert.Equal(perCapita, (double)a.PerCapitaIncomeYuan!.Value, 0.001);
        Assert.Equal((atRisk, atRisk, red, red), (a.AtRisk, a.BelowMonitoringLine, a.RedWarning, a.BelowRedWarningLine));
        Assert.Contains("人均纯收入" + perPerson + "元（2024年）", a.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // members → the same 6000-yuan loss shared out: 7000 − 6000 / members
    [InlineData(1, 1000, true)]
    [InlineData(3, 5000, true)]
    [InlineData(6, 6000, false)]
    public void TheLossIsSharedOutOverTheMembersLivingThere(int members, double perCapita, bool atRisk)
    {
        var a = Assess(new ReportEvidence { IncomeLostYuan = 6000 }, new HouseholdProfile { Members = members, IncomePerPersonYuan = 7000 });

        Assert.Equal(perCapita, (double)a.PerCapitaIncomeYuan!.Value, 0.001);
        Assert.Equal(atRisk, a.BelowMonitoringLine);
        Assert.Contains($"{members}口人扣除损失和医疗费最多6000元后约{perCapita}元", a.Explanation, StringComparison.Ordinal);
    }

    // Issue 11: "起码十几万" is 110000..190000; the risk flag reads the most said (help first).
    [Fact]
    public void Issue11_ALossSaidAsARangeIsAssessedAtItsMost()
    {
        var report = new ReportEvidence { Hazard = "flood", IncomeLostYuan = 110_000, IncomeLostMaxYuan = 190_000 };
        var household = new HouseholdProfile { Members = 4, IncomePerPersonYuan = 50_000 };

        var a = Assess(report, household);

        Assert.Equal(2500, (double)a.PerCapitaIncomeYuan!.Value, 0.001); // 50000 − 190000 / 4, not 50000 − 110000 / 4
        Assert.True(a.RedWarning);
        Assert.Equal(MonitoringObjectType.MarginalAtRisk, a.ObjectType);
    }

    [Theory]
    // members, income per person → unknown income: what the explanation says
    [InlineData(null, null, 0, "收入不详（档案未登记），收入待核实")]
    [InlineData(3, 5000, 2021, "登记的人均纯收入是2021年的，已过时，收入待核实")] // older than 2 years: not used
    [InlineData(null, 5000, 2024, "家庭人口不详，无法折算损失，收入待核实")] // a loss cannot be shared out
    public void AnIncomeThatIsUnknownTooOldOrCannotBeSharedOutDecidesNothing(int? members, int? perPerson, int year, string said)
    {
        var a = Assess(new ReportEvidence { IncomeLostYuan = 3000, House = HouseDamage.Collapsed },
            new HouseholdProfile { Members = members, IncomePerPersonYuan = perPerson, IncomeYear = year == 0 ? null : year });

        Assert.Null(a.PerCapitaIncomeYuan);
        Assert.False(a.BelowMonitoringLine || a.BelowRedWarningLine || a.IncomeCollapse || a.RigidSpendingExceedsIncome);
        Assert.True(a.AtRisk && a.RedWarning); // the failed guarantee still opens the case: help first
        Assert.Null(a.ObjectType);
        Assert.Contains(said, a.Explanation, StringComparison.Ordinal);
        Assert.Contains("建议纳入监测：对象类型待收入核实后确定", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutALossTheSizeIsNotNeededAndAnIncomeTwoYearsOldStillCounts()
    {
        var a = Assess(new ReportEvidence(), new HouseholdProfile { IncomePerPersonYuan = 5000, IncomeYear = 2023 });

        Assert.Equal(5000m, a.PerCapitaIncomeYuan);
        Assert.Equal(MonitoringObjectType.MarginalAtRisk, a.ObjectType);
    }

    [Theory]
    // house, water, injured, medical, deaths → at risk, red, housing, water, medical concern (income unknown)
    [InlineData("None", "Normal", 0, null, 0, false, false, false, false, false)]
    [InlineData("Minor", "Short", 0, null, 0, false, false, false, false, false)]
    [InlineData("Severe", "Normal", 0, null, 0, false, false, false, false, false)]
    [InlineData("Unsafe", "Normal", 0, null, 0, true, true, true, false, false)]
    [InlineData("Collapsed", "Normal", 0, null, 0, true, true, true, false, false)]
    [InlineData("None", "None", 0, null, 0, true, true, false, true, false)]
    [InlineData("None", "Polluted", 0, null, 0, true, true, false, true, false)]
    [InlineData("None", "Normal", 1, null, 0, true, false, false, false, true)]
    [InlineData("None", "Normal", 0, 500, 0, true, false, false, false, true)]
    [InlineData("None", "Normal", 0, null, 1, true, false, false, false, false)]
    public void WithIncomeUnknownTheGuaranteesDecideAndNoTypeIsGiven(
        string house, string water, int injured, int? medical, int deaths,
        bool atRisk, bool red, bool housing, bool waterFails, bool medicalConcern)
    {
        var a = Assess(new ReportEvidence
        {
            Hazard = "landslide", House = Enum.Parse<HouseDamage>(house), Water = Enum.Parse<WaterSupply>(water),
            Injured = injured, ExtraMedicalYuan = medical, Deaths = deaths,
        }, new HouseholdProfile { Members = 3 });

        Assert.Null(a.PerCapitaIncomeYuan);
        Assert.False(a.BelowMonitoringLine);
        Assert.Equal((atRisk, red, housing, waterFails, medicalConcern),
            (a.AtRisk, a.RedWarning, a.HousingFails, a.WaterFails, a.MedicalConcern));
        Assert.Null(a.ObjectType);
        Assert.StartsWith(red ? "【红色预警】收入不详" : "收入不详", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellOffHouseholdWithAnInjuryIsNotAtRiskButAFailedGuaranteeAlwaysIs()
    {
        var household = new HouseholdProfile { Members = 2, IncomePerPersonYuan = 30000 };

        var injured = Assess(new ReportEvidence { Injured = 1, ExtraMedicalYuan = 2000 }, household);
        var collapsed = Assess(new ReportEvidence { House = HouseDamage.Collapsed }, household);

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
    // lifted out, income per person (1 member; null unknown), house → object type (null: waits for the income)
    [InlineData(true, 3000, "None", "UnstableLiftedOut")]
    [InlineData(true, 50000, "Collapsed", "UnstableLiftedOut")]
    [InlineData(true, null, "Unsafe", "UnstableLiftedOut")]
    [InlineData(false, 3000, "None", "MarginalAtRisk")]
    [InlineData(false, 5999, "Collapsed", "MarginalAtRisk")]
    [InlineData(false, 6000, "Collapsed", "SuddenSevereHardship")]
    [InlineData(false, 50000, "Unsafe", "SuddenSevereHardship")]
    [InlineData(false, null, "Collapsed", null)]
    public void TheObjectTypeFollowsHouseholdKindAndIncomeNeverADefault(bool liftedOut, int? income, string house, string? expected)
    {
        var a = Assess(new ReportEvidence { House = Enum.Parse<HouseDamage>(house) },
            new HouseholdProfile { IsLiftedOut = liftedOut, Members = 1, IncomePerPersonYuan = income });

        Assert.True(a.AtRisk);
        Assert.Equal(expected is null ? null : Enum.Parse<MonitoringObjectType>(expected), a.ObjectType);
        Assert.Contains(a.ObjectType?.ToChinese() ?? "对象类型待收入核实后确定", a.Explanation, StringComparison.Ordinal);
    }
}
