using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Care;

/// <summary>
/// 红色预警 (policy 003 五(三)): when a monitored household reports a crisis — a failed guarantee or income below the
/// red line (the assessment's red warning), or a death or injury — the case is flagged at once, at submission, not
/// after the grid worker's visit, and its helper, the village's grid workers and the town's duty roster are told, each
/// person once. Never a public broadcast. Joins the caller's unit of work (the bot's turn).
/// </summary>
public sealed class RedWarnings(CaseStore cases, CareStore care, HouseholdProfileReader households, PersonStore people,
    IDutyRosters rosters, NotificationStore notifications, AuditStore audit, IOptions<RiskThresholdsOptions> thresholds)
{
    private const int TownLevel = 4;

    /// <summary>True when the report raised a red warning on its household's monitored case.</summary>
    public async Task<bool> OnReportSubmittedAsync(UnitOfWork work, ReportRecord report, DateTimeOffset now, CancellationToken ct)
    {
        if (report.HouseholdId is not { } household) return false;
        var (c, tx) = (work.Connection, work.Transaction);
        if (await cases.OpenCaseOfHouseholdAsync(c, tx, household, ct) is not { } caseId) return false;
        if (await care.GetAsync(c, tx, caseId, ct) is not { Status: CaseStatus.Monitored } @case) return false;
        var evidence = ReportEvidence.Of(report);
        var profile = await households.ReadAsync(c, tx, household, ct);
        var a = RelapseRiskAssessor.Assess(evidence, profile, BeijingTime.Today(now), thresholds.Value);
        if (!a.RedWarning && evidence.Deaths == 0 && evidence.Injured == 0) return false;

        var reasons = Reasons(a, evidence);
        await care.RaiseRedWarningAsync(c, tx, caseId, now, ct);
        await cases.AppendEventAsync(c, tx, caseId, "red_warning", "system", now, "raised", $"报告{report.Number}：{reasons}", ct);
        await audit.AppendAsync(c, tx, "system", "monitoring_red_warning", $"case:{caseId}", $"report:{report.Number}", ct);
        var text = $"【红色预警】监测户{@case.Label}报告{report.Number}：{reasons}。请立即联系并上门核实，落实帮扶。";
        foreach (var (person, channel) in await RecipientsAsync(work, @case, ct))
            await notifications.InsertAsync(c, tx, person, text, "monitoring_red_warning", now, ct, onlyChannel: channel);
        return true;
    }

    /// <summary>The helper, the village's grid workers, then the town's roster (on its channel): each person once.</summary>
    private async Task<List<(long Person, string? Channel)>> RecipientsAsync(UnitOfWork work, CareCase @case, CancellationToken ct)
    {
        var (c, tx) = (work.Connection, work.Transaction);
        var seen = new HashSet<long>();
        var list = new List<(long, string?)>();
        if (@case.HelperId is { } helper && seen.Add(helper)) list.Add((helper, null));
        foreach (var worker in await people.GridWorkersOfAsync(c, tx, @case.VillageCode, ct))
            if (seen.Add(worker.Id)) list.Add((worker.Id, null));
        foreach (var duty in await rosters.AtAsync(c, tx, @case.VillageCode, TownLevel, ct))
            if (seen.Add(duty.PersonId)) list.Add((duty.PersonId, duty.Channel));
        return list;
    }

    // Words for what the assessment and the report found; the rule itself is RelapseRiskAssessor's.
    private string Reasons(RiskAssessment a, ReportEvidence r)
    {
        var parts = new List<string>();
        if (a.HousingFails) parts.Add("住房不安全");
        if (a.WaterFails) parts.Add("饮水无保障");
        if (a.BelowRedWarningLine) parts.Add($"灾后人均收入低于{thresholds.Value.RedWarningLineYuan:0}元");
        if (r.Deaths > 0) parts.Add($"{r.Deaths}人遇难");
        if (r.Injured > 0) parts.Add($"{r.Injured}人受伤");
        if (parts.Count == 0) parts.Add("“两不愁三保障”出现问题");
        return string.Join("、", parts);
    }
}
