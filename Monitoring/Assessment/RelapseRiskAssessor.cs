using Alerts.Store.Reports;

namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Assesses a confirmed report for relapse into poverty (防止返贫监测), following domain.md: monitoring scope when
/// income per person falls below the monitoring line, a 两不愁三保障 or water guarantee fails, rigid spending clearly
/// exceeds last year's income, or a sudden severe hardship (a death) strikes; red warning below the red line or on a
/// failed guarantee. Pure: the same inputs always give the same verdict.
/// </summary>
public static class RelapseRiskAssessor
{
    private static readonly HashSet<string> NonNaturalHazards = new(StringComparer.Ordinal) { "fire", "other" };

    public static RiskAssessment Assess(
        ReportEvidence report, HouseholdProfile household, DateOnly confirmedOn, RiskThresholdsOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(options);

        var income = PerCapitaAfterLoss(report, household);
        var belowMonitoring = income < options.MonitoringLineYuan;
        var belowRed = income < options.RedWarningLineYuan;
        var housingFails = report.House is HouseDamage.Unsafe or HouseDamage.Collapsed;
        var waterFails = report.Water is WaterSupply.None or WaterSupply.Polluted;
        var medicalConcern = report.Injured > 0 || report.ExtraMedicalAtMostYuan > 0;
        var rigidSpending = household.AnnualIncomeYuan is { } annual && report.ExtraMedicalAtMostYuan > annual;

        // With income unknown we rely on the guarantees, and an injury is then reason enough for a visit to check.
        // A death in the household is a sudden severe hardship whatever the income.
        var atRisk = belowMonitoring || housingFails || waterFails || rigidSpending || report.Deaths > 0 ||
            (income is null && medicalConcern);
        var assessment = new RiskAssessment
        {
            AtRisk = atRisk,
            RedWarning = belowRed || housingFails || waterFails,
            PerCapitaIncomeYuan = income,
            BelowMonitoringLine = belowMonitoring,
            BelowRedWarningLine = belowRed,
            HousingFails = housingFails,
            WaterFails = waterFails,
            MedicalConcern = medicalConcern,
            RigidSpendingExceedsIncome = rigidSpending,
            AlreadyMonitored = household.IsMonitored,
            ObjectType = atRisk ? ObjectTypeOf(household, belowMonitoring) : null,
            RiskTypes = atRisk ? RiskTypesOf(report, household, housingFails, waterFails, medicalConcern) : [],
            Deadline = atRisk && !household.IsMonitored ? confirmedOn.AddDays(options.CandidateDeadlineDays) : null,
            Explanation = "",
        };
        return assessment with { Explanation = RiskExplanation.Build(assessment, report, options) };
    }

    /// <summary>(last year's income − income lost − extra medical spending) / members, never below zero.</summary>
    public static decimal? PerCapitaAfterLoss(ReportEvidence report, HouseholdProfile household)
    {
        if (household.AnnualIncomeYuan is not { } annual || household.Members < 1)
        {
            return null;
        }

        // A range said ("十几万") is read at its most: a risk flag raised too early costs a visit, too late a household.
        var left = (decimal)annual - (report.IncomeLostAtMostYuan ?? 0) - (report.ExtraMedicalAtMostYuan ?? 0);
        return Math.Max(0m, left) / household.Members;
    }

    // anchors.md §6 says a 突发严重困难户 "can be either kind of household"; we follow the brief and local practice
    // instead: a lifted-out household at risk is always 脱贫不稳定户, so only other households are 突发严重困难户.
    private static MonitoringObjectType ObjectTypeOf(HouseholdProfile household, bool belowMonitoring) =>
        household.IsLiftedOut ? MonitoringObjectType.UnstableLiftedOut
        : belowMonitoring ? MonitoringObjectType.MarginalAtRisk
        : MonitoringObjectType.SuddenSevereHardship;

    private static List<RiskType> RiskTypesOf(
        ReportEvidence report, HouseholdProfile household, bool housingFails, bool waterFails, bool medicalConcern)
    {
        // Every assessed report came from a disaster self-report, so 因灾 always leads.
        List<RiskType> types = [RiskType.Disaster];
        AddIf(types, medicalConcern, RiskType.Illness);
        AddIf(types, household.IsDisabled, RiskType.Disability);
        AddIf(types, housingFails, RiskType.Housing);
        AddIf(types, waterFails, RiskType.DrinkingWater);
        AddIf(types, report.HasLabour == false, RiskType.LackOfLabour);
        // Deaths and injuries from a natural hazard are already 因灾 (+ 因病); 因意外事故 is for casualties of events
        // that are not natural disasters: a house fire, or whatever the reporter called "other".
        AddIf(types, NonNaturalHazards.Contains(report.Hazard) && (report.Deaths > 0 || report.Injured > 0),
            RiskType.Accident);
        return types;
    }

    private static void AddIf(List<RiskType> types, bool condition, RiskType type)
    {
        if (condition)
        {
            types.Add(type);
        }
    }
}
