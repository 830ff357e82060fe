using Alerts.Store.Reports;

namespace Alerts.Monitoring.Assessment;

/// <summary>
/// Income per person after the reported loss: the register's 人均纯收入 less (loss at most + extra medical at most) /
/// members, never below zero. Unknown (null) when the register has no income, the figure is older than
/// <see cref="RiskThresholdsOptions.IncomeMaxAgeYears"/>, or a loss must be shared out and the size is unknown.
/// </summary>
/// <param name="PerPersonYuan">The estimate; null when unknown.</param>
/// <param name="IsAtMost">
/// The crops were a total loss but no sum was said: the real figure is lower by an amount nobody knows, so only
/// "below a line" can be concluded from it, never "at or above".
/// </param>
/// <param name="Year">The year of the register's figure.</param>
/// <param name="StaleYear">The year of a figure too old to use (then <paramref name="PerPersonYuan"/> is null).</param>
public sealed record IncomeEstimate(decimal? PerPersonYuan, bool IsAtMost, int? Year, int? StaleYear)
{
    /// <summary>Known exactly enough to say the household is at or above a line.</summary>
    public bool IsExact => PerPersonYuan is not null && !IsAtMost;

    public static IncomeEstimate Of(ReportEvidence report, HouseholdProfile household, DateOnly reportedOn,
        RiskThresholdsOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(options);
        if (household.IncomePerPersonYuan is not { } income) return new IncomeEstimate(null, false, null, null);
        if (household.IncomeYear is { } year && reportedOn.Year - year > options.IncomeMaxAgeYears)
            return new IncomeEstimate(null, false, null, year);

        // A range said ("十几万") is read at its most: a risk flag raised too early costs a visit, too late a household.
        var loss = (decimal)(report.IncomeLostAtMostYuan ?? 0) + (report.ExtraMedicalAtMostYuan ?? 0);
        decimal? perPerson = loss == 0 ? income
            : household.Members is { } n && n > 0 ? Math.Max(0m, income - loss / n)
            : null;
        var atMost = report.Crops == CropLoss.TotalLoss && report.IncomeLostAtMostYuan is null;
        return new IncomeEstimate(perPerson, atMost && perPerson is not null, household.IncomeYear, null);
    }
}
