using Alerts.Monitoring.Assessment;

namespace Alerts.Monitoring.Tests.Assessment;

/// <summary>两不愁三保障 and water: a guarantee fails when the report or the record says so; unknown is neither.</summary>
public sealed class GuaranteeAssessmentTests
{
    private static readonly DateOnly Reported = new(2025, 7, 1);

    [Theory]
    // guarantee, the report's answer (ok / fails / null = not asked), the record (…_secure) → fails, said where
    [InlineData("Food", "fails", null, "吃饭没有着落")]
    [InlineData("Food", null, false, "吃饭没有着落（档案记载）")]
    [InlineData("Food", "ok", false, "吃饭没有着落（档案记载）")] // the record knows more than one event
    [InlineData("Food", "fails", true, "吃饭没有着落")] // the report is newer than the record
    [InlineData("Food", null, null, null)]
    [InlineData("Food", "ok", true, null)]
    [InlineData("Clothing", "fails", null, "穿衣没有着落")]
    [InlineData("Clothing", null, false, "穿衣没有着落（档案记载）")]
    [InlineData("Clothing", null, null, null)]
    [InlineData("Education", "fails", true, "孩子上不了学")]
    [InlineData("Education", null, false, "孩子上不了学（档案记载）")]
    [InlineData("Education", "ok", null, null)]
    [InlineData("Medical", "fails", null, "看不上病")]
    [InlineData("Medical", null, false, "看不上病（档案记载）")]
    [InlineData("Medical", null, null, null)]
    [InlineData("Housing", "fails", null, "住房不安全")]
    [InlineData("Housing", null, false, "住房不安全（档案记载）")]
    [InlineData("Housing", "ok", null, null)]
    [InlineData("Water", "fails", true, "饮水不安全")]
    [InlineData("Water", null, false, "饮水不安全（档案记载）")]
    [InlineData("Water", "ok", null, null)]
    public void AGuaranteeFailsWhenTheReportOrTheRecordSaysSoAndOnlyThen(string guarantee, string? report, bool? record, string? said)
    {
        var g = Enum.Parse<Guarantee>(guarantee);
        // A household well above the line: only the guarantee can put it in scope.
        var household = Record(new HouseholdProfile { Members = 2, IncomePerPersonYuan = 20000 }, g, record);

        var a = RelapseRiskAssessor.Assess(Said(new ReportEvidence(), g, report), household, Reported, new RiskThresholdsOptions());

        var fails = said is not null;
        Assert.Equal((fails, fails), (a.AtRisk, a.RedWarning));
        Assert.Equal(fails ? [g] : [], a.FailedGuarantees.Select(f => f.Guarantee));
        if (fails)
        {
            Assert.Contains("；" + said + "；", a.Explanation, StringComparison.Ordinal);
            Assert.StartsWith("【红色预警】", a.Explanation, StringComparison.Ordinal);
            Assert.Equal(MonitoringObjectType.SuddenSevereHardship, a.ObjectType);
        }
    }

    [Theory]
    // the failing guarantee → the risk type it adds after 因灾
    [InlineData("Food", "因灾")]
    [InlineData("Clothing", "因灾")]
    [InlineData("Education", "因灾 因学")]
    [InlineData("Medical", "因灾 因病")]
    [InlineData("Housing", "因灾 住房安全")]
    [InlineData("Water", "因灾 饮水安全")]
    public void EachFailedGuaranteeNamesItsRiskType(string guarantee, string expected)
    {
        var a = RelapseRiskAssessor.Assess(Said(new ReportEvidence(), Enum.Parse<Guarantee>(guarantee), "fails"),
            new HouseholdProfile { Members = 1, IncomePerPersonYuan = 20000 }, Reported, new RiskThresholdsOptions());

        Assert.Equal(expected, string.Join(" ", a.RiskTypes.Select(t => t.ToChinese())));
    }

    private static ReportEvidence Said(ReportEvidence r, Guarantee g, string? answer)
    {
        bool? ok = answer switch { "ok" => true, "fails" => false, _ => null };
        return g switch
        {
            Guarantee.Food => r with { FoodOk = ok },
            Guarantee.Clothing => r with { ClothingOk = ok },
            Guarantee.Education => r with { SchoolingOk = ok },
            Guarantee.Medical => r with { MedicalCareOk = ok },
            // House and water are always asked: "not asked" is the "nothing happened" answer.
            Guarantee.Housing => r with { House = ok == false ? HouseDamage.Collapsed : HouseDamage.None },
            _ => r with { Water = ok == false ? WaterSupply.Polluted : WaterSupply.Normal },
        };
    }

    private static HouseholdProfile Record(HouseholdProfile h, Guarantee g, bool? secure) => g switch
    {
        Guarantee.Food => h with { FoodSecure = secure },
        Guarantee.Clothing => h with { ClothingSecure = secure },
        Guarantee.Education => h with { EducationSecure = secure },
        Guarantee.Medical => h with { MedicalSecure = secure },
        Guarantee.Housing => h with { HousingSecure = secure },
        _ => h with { WaterSecure = secure },
    };
}
