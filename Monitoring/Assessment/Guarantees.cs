using Alerts.Store.Reports;

namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Which of 两不愁三保障 and safe water fail for a household: a guarantee fails when the report says so (an answer of
/// 0, an unsafe or collapsed house, no or polluted water) or the household's record says so (…_secure = 0). An answer
/// nobody gave and a record nobody kept fail nothing and prove nothing.
/// </summary>
public static class Guarantees
{
    public static IReadOnlyList<FailedGuarantee> Failed(ReportEvidence report, HouseholdProfile household)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(household);
        (Guarantee Guarantee, bool Report, bool? Record)[] all =
        [
            (Guarantee.Food, report.FoodOk == false, household.FoodSecure),
            (Guarantee.Clothing, report.ClothingOk == false, household.ClothingSecure),
            (Guarantee.Education, report.SchoolingOk == false, household.EducationSecure),
            (Guarantee.Medical, report.MedicalCareOk == false, household.MedicalSecure),
            (Guarantee.Housing, report.House is HouseDamage.Unsafe or HouseDamage.Collapsed, household.HousingSecure),
            (Guarantee.Water, report.Water is WaterSupply.None or WaterSupply.Polluted, household.WaterSecure),
        ];
        return all.Where(g => g.Report || g.Record == false)
            .Select(g => new FailedGuarantee(g.Guarantee, g.Report, g.Record == false))
            .ToList();
    }
}
