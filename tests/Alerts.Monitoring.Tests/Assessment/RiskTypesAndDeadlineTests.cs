using Alerts.Monitoring.Assessment;

namespace Alerts.Monitoring.Tests.Assessment;

public sealed class RiskTypesAndDeadlineTests
{
    private static readonly DateOnly Reported = new(2025, 7, 1);

    [Theory]
    // hazard, house, water, injured, medical, deaths, labour, disabled → risk types in order (income 1000/person: at risk)
    [InlineData("flood", "None", "Normal", 0, null, 0, true, false, "因灾")]
    [InlineData("flood", "Collapsed", "Polluted", 0, null, 0, null, false, "因灾 住房安全 饮水安全")]
    [InlineData("landslide", "Unsafe", "None", 2, 5000, 0, false, true,
        "因灾 因病 因残 住房安全 饮水安全 缺劳动力 刚性支出大")]
    [InlineData("earthquake", "None", "Short", 0, 300, 0, true, false, "因灾 因病")]
    [InlineData("landslide", "None", "Normal", 0, null, 1, true, false, "因灾")]
    [InlineData("fire", "Collapsed", "Normal", 1, null, 0, true, false, "因灾 因病 住房安全 因意外事故")]
    [InlineData("fire", "Collapsed", "Normal", 0, null, 0, true, false, "因灾 住房安全")]
    [InlineData("other", "None", "Normal", 0, null, 1, false, true, "因灾 因残 缺劳动力 因意外事故")]
    // A bill above the year's income (1000) comes last.
    [InlineData("flood", "None", "Normal", 1, 1500, 0, true, false, "因灾 因病 刚性支出大")]
    public void RiskTypesStartWithDisasterAndFollowTheAnswers(
        string hazard, string house, string water, int injured, int? medical, int deaths, bool? labour,
        bool disabled, string expected)
    {
        var report = new ReportEvidence
        {
            Hazard = hazard, House = Enum.Parse<HouseDamage>(house), Water = Enum.Parse<WaterSupply>(water), Injured = injured, ExtraMedicalYuan = medical, Deaths = deaths,
            HasLabour = labour,
        };
        var household = new HouseholdProfile { Members = 1, IncomePerPersonYuan = 1000, IsDisabled = disabled };

        var a = RelapseRiskAssessor.Assess(report, household, Reported, new RiskThresholdsOptions());

        Assert.Equal(expected, string.Join(" ", a.RiskTypes.Select(t => t.ToChinese())));
        Assert.Contains("风险类型：" + expected.Replace(' ', '、'), a.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, "2025-07-16")]
    [InlineData(7, "2025-07-08")]
    [InlineData(31, "2025-08-01")]
    public void ANewCaseMustBeIdentifiedWithinTheConfiguredDaysOfTheReport(int days, string deadline)
    {
        var options = new RiskThresholdsOptions { CandidateDeadlineDays = days };

        var a = RelapseRiskAssessor.Assess(new ReportEvidence { House = HouseDamage.Collapsed },
            new HouseholdProfile(), Reported, options);

        Assert.True(a.IsNewCandidate);
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), a.Deadline);
        Assert.Contains($"请于{deadline}前完成识别", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAlreadyMonitoredHouseholdGetsRiskTypesButNoNewDeadline()
    {
        var report = new ReportEvidence { Hazard = "flash_flood", Water = WaterSupply.Polluted, IncomeLostYuan = 8000 };
        var household = new HouseholdProfile { IsMonitored = true, IsLiftedOut = true, Members = 2, IncomePerPersonYuan = 8000 };

        var a = RelapseRiskAssessor.Assess(report, household, Reported, new RiskThresholdsOptions());

        Assert.True(a.AtRisk);
        Assert.True(a.AlreadyMonitored);
        Assert.False(a.IsNewCandidate);
        Assert.Null(a.Deadline);
        Assert.True(a.RedWarning);
        Assert.Equal(MonitoringObjectType.UnstableLiftedOut, a.ObjectType);
        Assert.Equal([RiskType.Disaster, RiskType.DrinkingWater, RiskType.IncomeCollapse], a.RiskTypes);
        Assert.Equal(
            "【红色预警】人均纯收入8000元，2口人扣除损失和医疗费最多8000元后约4000元，低于红色预警线4800元；饮水不安全；" +
            "损失最多8000元，达到上年家庭收入16000元的50%，收入大幅缩减；档案：脱贫户；" +
            "已是监测户，请帮扶责任人跟进，补充风险类型：因灾、饮水安全、收入骤减。",
            a.Explanation);
    }

    [Fact]
    public void AMonitoredHouseholdThatIsNotAtRiskIsLeftAsItIs()
    {
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { Crops = CropLoss.Reduced },
            new HouseholdProfile { IsMonitored = true, Members = 1, IncomePerPersonYuan = 9000 }, Reported,
            new RiskThresholdsOptions());

        Assert.False(a.AtRisk);
        Assert.True(a.AlreadyMonitored);
        Assert.Null(a.Deadline);
        Assert.Equal("人均纯收入9000元，不低于监测线6000元；暂未达到监测标准。", a.Explanation);
    }

    [Theory]
    // poverty line, monitoring ×, red × → the lines move with configuration
    [InlineData(4000, "1.5", "1.2", 5999, true, false)]
    [InlineData(5000, "1.5", "1.2", 5999, true, true)]
    [InlineData(5000, "1.5", "1.2", 7500, false, false)]
    [InlineData(8000, "1.0", "0.8", 6399, true, true)]
    [InlineData(8000, "1.0", "0.8", 6400, true, false)]
    public void TheLinesComeFromConfiguration(
        int line, string monitoring, string red, int perCapita, bool atRisk, bool redWarning)
    {
        var options = new RiskThresholdsOptions
        {
            PovertyLineYuan = line,
            MonitoringMultiplier = decimal.Parse(monitoring, System.Globalization.CultureInfo.InvariantCulture),
            RedWarningMultiplier = decimal.Parse(red, System.Globalization.CultureInfo.InvariantCulture),
        };

        var a = RelapseRiskAssessor.Assess(new ReportEvidence(),
            new HouseholdProfile { Members = 1, IncomePerPersonYuan = perCapita }, Reported, options);

        Assert.Equal((atRisk, redWarning), (a.AtRisk, a.RedWarning));
    }

    [Fact]
    public void TheShownIncomeNeverContradictsTheComparison()
    {
        // 5999.67 per person: rounding would print "6000", beside "below 6000".
        var a = RelapseRiskAssessor.Assess(new ReportEvidence { IncomeLostYuan = 1 },
            new HouseholdProfile { Members = 3, IncomePerPersonYuan = 6000 }, Reported, new RiskThresholdsOptions());

        Assert.StartsWith("人均纯收入6000元，3口人扣除损失和医疗费最多1元后约5999元，低于监测线6000元；建议纳入监测：边缘易致贫户",
            a.Explanation, StringComparison.Ordinal);
    }
}
