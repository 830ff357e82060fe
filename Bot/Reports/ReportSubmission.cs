using System.Text.Json;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Guidance;
using Alerts.Monitoring.Care;
using Alerts.Store.Audit;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Microsoft.Extensions.Logging;

namespace Alerts.Bot.Reports;

/// <summary>
/// Files a finished report in the turn's transaction (and in its town's incident), tells the village's grid worker at once, raises the 红色预警 when a
/// monitored household reports a crisis (<see cref="RedWarnings"/>, in the same transaction), and answers the reporter
/// with the report number and guidance that fits the answers and the household.
/// </summary>
internal sealed class ReportSubmission(
    ReportStore reports, PersonStore people, AuditStore audit, ReportGuidance guidance, Workers.HouseholdCard cards,
    RedWarnings redWarnings, IncidentHooks incidents, ILogger<ReportSubmission> logger)
{
    public async Task SubmitAsync(TurnContext turn, ReportDraft draft, CancellationToken ct)
    {
        var reporter = turn.Person ?? throw new InvalidOperationException("Only an enrolled person can file a report.");
        var (c, tx) = (turn.Connection, turn.Transaction);
        var householdId = draft.ForNeighbour ? null : reporter.HouseholdId;
        var report = await reports.InsertAsync(c, tx, ToRecord(draft, reporter, householdId, turn.Now), ct);
        await audit.AppendAsync(c, tx, $"person:{reporter.Id}", "report_submitted", $"report:{report.Number}", null, ct);
        await incidents.ReportFiledAsync(turn.Work, report, $"person:{reporter.Id}", ReportLabels.Brief(draft), ct);
        if (await redWarnings.OnReportSubmittedAsync(turn.Work, report, turn.Now, ct))
            BotLog.RedWarningRaised(logger, report.Number, report.VillageCode);

        var workers = await people.GridWorkersOfAsync(c, tx, report.VillageCode, ct);
        var card = await cards.OfAsync(turn, reporter, ct);
        var who = draft.ForNeighbour ? $"{card}替{draft.SubjectName}家" : card;
        foreach (var worker in workers.Where(w => w.Id != reporter.Id))
            turn.Notify(worker.Id, $"【待核实 {report.Number}】{who}报告：{ReportLabels.Brief(draft)}。" +
                                   $"核实后回复“确认 {report.Number}”，不属实回复“驳回 {report.Number} 原因”。", "report_submitted");

        var message = await guidance.ComposeAsync(turn, draft.ToAnswers(), householdId, report.VillageCode, ct);
        ReportGuidance.SayFiled(turn, report.Number, message);
        BotLog.ReportFiled(logger, report.Number, report.VillageCode);
    }

    private static ReportRecord ToRecord(ReportDraft d, Person reporter, long? householdId, DateTimeOffset now) => new()
    {
        VillageCode = reporter.RegionCode,
        HouseholdId = householdId,
        ReporterId = reporter.Id,
        ForNeighbour = d.ForNeighbour,
        SubjectName = d.SubjectName,
        Hazard = d.Hazard ?? "other",
        OccurredOn = d.OccurredOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Deaths = d.Deaths ?? 0,
        Injured = d.Injured ?? 0,
        House = ReportKeys.Key(d.House ?? HouseDamage.None),
        Crops = ReportKeys.Key(d.Crops ?? CropLoss.None),
        LivestockLost = d.LivestockLost ?? false,
        LivestockCount = d.LivestockCount,
        Water = ReportKeys.Key(d.Water ?? WaterSupply.Normal),
        IncomeLostYuan = d.IncomeLostYuan,
        IncomeLostMaxYuan = d.IncomeLostMaxYuan,
        ExtraMedicalYuan = d.ExtraMedicalYuan,
        ExtraMedicalMaxYuan = d.ExtraMedicalMaxYuan,
        UnknownFields = ReportKeys.Key(d.Unknown),
        HasLabour = d.HasLabour,
        FoodOk = d.FoodOk,
        ClothingOk = d.ClothingOk,
        SchoolingOk = d.SchoolingOk,
        MedicalCareOk = d.MedicalCareOk,
        FreeText = d.FreeText,
        Latitude = d.Latitude,
        Longitude = d.Longitude,
        MediaIds = d.MediaIds.Count == 0 ? null : JsonSerializer.Serialize(d.MediaIds),
        CreatedUtc = now,
    };
}
