using Alerts.Incidents.Core;
using Alerts.Incidents.Grading;
using Alerts.Store.Database;
using Alerts.Store.Reports;

namespace Alerts.Bot.Reports;

/// <summary>
/// Where what the bot takes in joins an incident (issue 14): a filed report (its hazard's family, its village), a help
/// request (no family; the village when known), a grid worker's 险情通报 (the family its words name, else none). All
/// in the turn's unit of work, so the item commits with the message. A confirmed report regrades its incident.
/// </summary>
internal sealed class IncidentHooks(IncidentIntake intake, IncidentStore incidents, IncidentGrading grading)
{
    private const int SummaryLength = 20;

    public Task<IncidentJoin?> ReportFiledAsync(UnitOfWork work, ReportRecord report, string actor, string summary, CancellationToken ct) =>
        intake.JoinAsync(work, new IncomingItem(IncidentItemKinds.Report, report.Id, report.VillageCode,
            ReportHazards.FamilyOf(report.Hazard), report.CreatedUtc, Short(summary)), actor, report.CreatedUtc, ct);

    public Task<IncidentJoin?> HelpRaisedAsync(UnitOfWork work, long requestId, string placeCode, string words, DateTimeOffset now,
        CancellationToken ct) =>
        intake.JoinAsync(work, new IncomingItem(IncidentItemKinds.Help, requestId, placeCode, null, now, "求助：" + Short(words)),
            "system", now, ct);

    public Task<IncidentJoin?> DangerNoticeAsync(UnitOfWork work, long warningId, string placeCode, string? family, string words,
        string actor, DateTimeOffset now, CancellationToken ct) =>
        intake.JoinAsync(work, new IncomingItem(IncidentItemKinds.DangerNotice, warningId, placeCode, family, now, Short(words)),
            actor, now, ct);

    /// <summary>A report's figures now count: its incident (if it has one) is regraded in the reviewer's unit of work.</summary>
    public async Task ReportConfirmedAsync(UnitOfWork work, ReportRecord report, DateTimeOffset now, CancellationToken ct)
    {
        if (await incidents.ItemOfAsync(work.Connection, work.Transaction, IncidentItemKinds.Report, report.Id, ct) is { } item)
            await grading.RegradeAsync(work.Connection, work.Transaction, item.IncidentId, $"报告{report.Number}已核实", now, ct);
    }

    private static string Short(string text)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        return t.Length > SummaryLength ? t[..SummaryLength] + "…" : t;
    }
}
