using Alerts.Store.Reports;

namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Assesses a confirmed report against the household's record for relapse into poverty (防止返贫监测), following
/// domain.md and policy 003. In scope when income per person after the loss falls below the monitoring line, any of
/// 两不愁三保障 or water fails, rigid spending exceeds last year's income, income collapses (收入大幅缩减, incl. an
/// unpriced total crop failure), or someone died; red warning below the red line or on any failed guarantee. Unknown
/// stays unknown: no income is invented, no type given by default. Pure: the same inputs always give the same verdict.
/// </summary>
public static class RelapseRiskAssessor
{
    private static readonly HashSet<string> NonNaturalHazards = new(StringComparer.Ordinal) { "fire", "other" };

    /// <param name="reportedOn">The Beijing date of the first report: the identification clock starts there.</param>
    public static RiskAssessment Assess(
        ReportEvidence report, HouseholdProfile household, DateOnly reportedOn, RiskThresholdsOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(options);

        var income = IncomeEstimate.Of(report, household, reportedOn, options);
        var belowMonitoring = income.PerPersonYuan < options.MonitoringLineYuan;
        var belowRed = income.PerPersonYuan < options.RedWarningLineYuan;
        var failed = Guarantees.Failed(report, household);
        var medicalConcern = report.Injured > 0 || report.ExtraMedicalAtMostYuan > 0;
        // Last year's household income, only when the income is current and the size known.
        var annual = income.PerPersonYuan is null ? null : household.AnnualIncomeYuan;
        var rigidSpending = annual is { } a && report.ExtraMedicalAtMostYuan > a;
        var cropFailureUnpriced = report.Crops == CropLoss.TotalLoss && report.IncomeLostAtMostYuan is null;
        var collapse = cropFailureUnpriced ||
            (annual is { } b && report.IncomeLostAtMostYuan is { } lost and > 0 && lost >= options.IncomeCollapseShare * b);

        // With income unknown an injury is reason enough for a visit to check (rigid spending cannot be ruled out);
        // a death in the household is a sudden severe hardship whatever the income.
        var atRisk = belowMonitoring || failed.Count > 0 || rigidSpending || collapse || report.Deaths > 0 ||
            (income.PerPersonYuan is null && medicalConcern);
        var assessment = new RiskAssessment
        {
            AtRisk = atRisk,
            RedWarning = belowRed || failed.Count > 0,
            Income = income,
            BelowMonitoringLine = belowMonitoring,
            BelowRedWarningLine = belowRed,
            FailedGuarantees = failed,
            MedicalConcern = medicalConcern,
            RigidSpendingExceedsIncome = rigidSpending,
            IncomeCollapse = collapse,
            CropFailureUnpriced = cropFailureUnpriced,
            AlreadyMonitored = household.IsMonitored,
            ObjectType = atRisk ? ObjectTypeOf(household, income, belowMonitoring) : null,
            RiskTypes = [],
            Deadline = atRisk && !household.IsMonitored ? reportedOn.AddDays(options.CandidateDeadlineDays) : null,
            Explanation = "",
        };
        if (atRisk) assessment = assessment with { RiskTypes = RiskTypesOf(report, household, assessment) };
        return assessment with { Explanation = RiskExplanation.Build(assessment, report, household, options) };
    }

    /// <summary>
    /// domain.md: the type follows from register status and income, never from missing data. A lifted-out household
    /// at risk is 脱贫不稳定户 (our reading of anchors.md §6, as local practice does); any other below the monitoring
    /// line is 边缘易致贫户; at or above it (known exactly) the hardship makes it 突发严重困难户; otherwise the type waits
    /// for the income to be checked (null).
    /// </summary>
    private static MonitoringObjectType? ObjectTypeOf(HouseholdProfile household, IncomeEstimate income, bool belowMonitoring) =>
        household.IsLiftedOut ? MonitoringObjectType.UnstableLiftedOut
        : belowMonitoring ? MonitoringObjectType.MarginalAtRisk
        : income.IsExact ? MonitoringObjectType.SuddenSevereHardship
        : null;

    private static List<RiskType> RiskTypesOf(ReportEvidence report, HouseholdProfile household, RiskAssessment a)
    {
        bool Fails(Guarantee g) => a.FailedGuarantees.Any(f => f.Guarantee == g);
        // Every assessed report came from a disaster self-report, so 因灾 always leads.
        List<RiskType> types = [RiskType.Disaster];
        AddIf(types, a.MedicalConcern || Fails(Guarantee.Medical), RiskType.Illness);
        AddIf(types, household.IsDisabled, RiskType.Disability);
        AddIf(types, Fails(Guarantee.Education), RiskType.Schooling);
        AddIf(types, a.HousingFails, RiskType.Housing);
        AddIf(types, a.WaterFails, RiskType.DrinkingWater);
        AddIf(types, report.HasLabour == false || household.Labour == LabourCapacity.None, RiskType.LackOfLabour);
        // Deaths and injuries from a natural hazard are already 因灾 (+ 因病); 因意外事故 is for casualties of events
        // that are not natural disasters: a house fire, or whatever the reporter called "other".
        AddIf(types, NonNaturalHazards.Contains(report.Hazard) && (report.Deaths > 0 || report.Injured > 0),
            RiskType.Accident);
        AddIf(types, a.RigidSpendingExceedsIncome, RiskType.RigidSpending);
        AddIf(types, a.IncomeCollapse, RiskType.IncomeCollapse);
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
