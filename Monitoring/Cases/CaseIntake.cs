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
/// at the report, not at its confirmation. A later report adds to the open case whatever it shows: its risk types join
/// the case's, a red warning once raised stays (with the figures that raised it), and a report showing no risk changes
/// nothing of the assessment. Joins the caller's unit of work.
/// </summary>
public sealed class CaseIntake(CaseStore cases, HouseholdProfileReader households, IOptions<RiskThresholdsOptions> thresholds)
{
    public async Task<CaseIntakeResult> TakeConfirmedReportAsync(UnitOfWork work, ReportRecord report, string actor, DateTimeOffset now,
        CancellationToken ct)
    {
        var (c, tx) = (work.Connection, work.Transaction);
        var profile = await households.ReadAsync(c, tx, report.HouseholdId, ct);
        var a = RelapseRiskAssessor.Assess(ReportEvidence.Of(report), profile, BeijingTime.Today(report.CreatedUtc), thresholds.Value);
        var existing = report.HouseholdId is { } household ? await cases.OpenCaseOfHouseholdAsync(c, tx, household, ct) : null;
        if (existing is { } id)
        {
            await cases.AddReportAsync(c, tx, id, report.Id, now, ct);
            if (a.AtRisk && await cases.GetAsync(c, tx, id, ct) is { } open)
            {
                // A milder report never hides why the case is red: its figures and explanation then stay the case's.
                var replaces = a.RedWarning || !open.RedWarning;
                await cases.UpdateAssessmentAsync(c, tx, new CaseStore.Assessed(id, a.ObjectType?.ToChinese(),
                    RiskTypesJson(Merge(open.RiskTypes, a.RiskTypes)), a.RedWarning, replaces ? Income(a) : null,
                    replaces ? a.Explanation : open.Explanation), now, ct);
            }
            // Each report's own reading stays on the timeline, whatever the case shows now.
            await cases.AppendEventAsync(c, tx, id, "report_added", actor, now, a.AtRisk ? "at_risk" : "no_new_risk",
                $"{report.Number}：{a.Explanation}", ct);
            return new CaseIntakeResult(a, id, Opened: false);
        }
        if (!a.IsNewCandidate) return new CaseIntakeResult(a, null, Opened: false);
        var opened = await cases.InsertAsync(c, tx, new CaseStore.NewCase(report.HouseholdId, report.VillageCode, "self_report",
            a.ObjectType?.ToChinese(), RiskTypesJson(a.RiskTypes.Select(t => t.ToChinese())), a.RedWarning, Income(a), a.Explanation,
            report.CreatedUtc, a.Deadline!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), now, ct);
        await cases.AddReportAsync(c, tx, opened, report.Id, now, ct);
        await cases.AppendEventAsync(c, tx, opened, "clue", actor, report.CreatedUtc, "self_report", report.Number, ct);
        return new CaseIntakeResult(a, opened, Opened: true);
    }

    // Whole yuan rounded down, as the explanation shows it.
    private static int? Income(RiskAssessment a) => a.PerCapitaIncomeYuan is { } i ? (int)Math.Floor(i) : null;

    /// <summary>The case's risk types and the new ones, in the listed order (因灾 first); names the code does not know stay.</summary>
    private static IEnumerable<string> Merge(string storedJson, IReadOnlyList<RiskType> added)
    {
        var stored = JsonSerializer.Deserialize<string[]>(storedJson) ?? [];
        var known = Enum.GetValues<RiskType>().Select(t => t.ToChinese()).ToList();
        var all = stored.Union(added.Select(t => t.ToChinese()), StringComparer.Ordinal).ToList();
        return all.OrderBy(n => known.IndexOf(n) is var i and >= 0 ? i : known.Count);
    }

    private static string RiskTypesJson(IEnumerable<string> names) => JsonSerializer.Serialize(names, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>The assessment of a confirmed report and the case it opened or joined (null when none).</summary>
public sealed record CaseIntakeResult(RiskAssessment Assessment, long? CaseId, bool Opened);
