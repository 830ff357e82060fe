using System.Globalization;
using System.Text.Json;
using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Households;
using Alerts.Store.Database;
using Alerts.Store.Reports;
using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// A confirmed report goes to monitoring here: it is assessed against the household's record and, when the household is
/// at risk, opens the household's case or adds to its open one (one open case per household). The 15-day clock starts
/// at the report, not at its confirmation. Joins the caller's unit of work.
/// </summary>
public sealed class CaseIntake(CaseStore cases, HouseholdProfileReader households, IOptions<RiskThresholdsOptions> thresholds)
{
    public async Task<CaseIntakeResult> TakeConfirmedReportAsync(UnitOfWork work, ReportRecord report, string actor, DateTimeOffset now,
        CancellationToken ct)
    {
        var (c, tx) = (work.Connection, work.Transaction);
        var profile = await households.ReadAsync(c, tx, report.HouseholdId, ct);
        var a = RelapseRiskAssessor.Assess(ReportEvidence.Of(report), profile, BeijingTime.Today(report.CreatedUtc), thresholds.Value);
        if (!a.AtRisk) return new CaseIntakeResult(a, null, Opened: false);

        var riskTypes = JsonSerializer.Serialize(a.RiskTypes.Select(t => t.ToChinese()), JsonOptions);
        var income = a.PerCapitaIncomeYuan is { } i ? (int?)(int)i : null;
        var existing = report.HouseholdId is { } household ? await cases.OpenCaseOfHouseholdAsync(c, tx, household, ct) : null;
        if (existing is { } id)
        {
            await cases.AddReportAsync(c, tx, id, report.Id, now, ct);
            await cases.UpdateAssessmentAsync(c, tx,
                new CaseStore.Assessed(id, a.ObjectType?.ToChinese(), riskTypes, a.RedWarning, income, a.Explanation), now, ct);
            await cases.AppendEventAsync(c, tx, id, "report_added", actor, now, null, report.Number, ct);
            return new CaseIntakeResult(a, id, Opened: false);
        }
        if (!a.IsNewCandidate) return new CaseIntakeResult(a, null, Opened: false);
        var opened = await cases.InsertAsync(c, tx, new CaseStore.NewCase(report.HouseholdId, report.VillageCode, "self_report",
            a.ObjectType?.ToChinese(), riskTypes, a.RedWarning, income, a.Explanation, report.CreatedUtc,
            a.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), now, ct);
        await cases.AddReportAsync(c, tx, opened, report.Id, now, ct);
        await cases.AppendEventAsync(c, tx, opened, "clue", actor, report.CreatedUtc, "self_report", report.Number, ct);
        return new CaseIntakeResult(a, opened, Opened: true);
    }

    private static readonly JsonSerializerOptions JsonOptions =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>The assessment of a confirmed report and the case it opened or joined (null when none).</summary>
public sealed record CaseIntakeResult(RiskAssessment Assessment, long? CaseId, bool Opened);
