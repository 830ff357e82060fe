using System.Text.Json;
using Alerts.Bot.Assessment;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Reports;
using Alerts.Store.Audit;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Alerts.Store.Database;

namespace Alerts.Bot.Workers;

/// <summary>
/// A grid worker's side: the list of reports waiting for a visit, and confirming, correcting or rejecting one.
/// A confirmed report is assessed for relapse risk at once; the reporter is told the outcome either way.
/// </summary>
internal sealed class ReviewDesk(
    ReportStore reports, HouseholdStatusReader households, PersonStore people, MonitoringCandidateStore candidates,
    AuditStore audit, HouseholdCard cards, IOptions<RiskThresholdsOptions> thresholds, ILogger<ReviewDesk> logger)
{
    private const int ListLimit = 10;

    public async Task ListPendingAsync(TurnContext turn, CancellationToken ct)
    {
        var pending = await reports.PendingForWorkerAsync(turn.Connection, turn.Transaction, turn.Person!.Id, ListLimit, ct);
        if (pending.Count == 0)
        {
            turn.Say("目前没有待核实的报告。");
            return;
        }
        var lines = new List<string>();
        foreach (var r in pending)
            lines.Add($"{r.Number} {ReportLabels.Hazard(r.Hazard)}，{Brief(r)}（{BeijingTime.Of(r.CreatedUtc):MM-dd HH:mm}）\n  " +
                      await WhoAsync(turn, r, ct));
        turn.Say("待核实（从早到晚）：\n" + string.Join("\n", lines) + "\n核实后回复“确认 编号”，不属实回复“驳回 编号 原因”。");
    }

    /// <summary>The household to visit: the reporter's card, and the neighbour's household they spoke for.</summary>
    private async Task<string> WhoAsync(TurnContext turn, ReportRecord r, CancellationToken ct)
    {
        var reporter = await people.GetAsync(turn.Connection, turn.Transaction, r.ReporterId, ct);
        var card = reporter is null ? "" : await cards.OfAsync(turn, reporter, ct);
        return r.ForNeighbour ? $"{card}替{r.SubjectName}家报" : card;
    }

    public async Task HandleAsync(TurnContext turn, ReviewCommand command, CancellationToken ct)
    {
        var (c, tx) = (turn.Connection, turn.Transaction);
        var worker = turn.Person!;
        var report = await reports.GetByNumberAsync(c, tx, command.Number, ct);
        if (report is null || !await reports.IsInGridAsync(c, tx, worker.Id, report.VillageCode, ct))
        {
            turn.Say($"没有找到您网格内编号{command.Number}的报告。回复“待核实”查看列表。");
            return;
        }
        if (report.Status != "submitted")
        {
            turn.Say($"报告{report.Number}已经处理过了（{ReportLabels.Status(report.Status)}）。");
            return;
        }
        switch (command.Action)
        {
            case ReviewAction.Confirm: await ConfirmAsync(turn, report, ct); break;
            case ReviewAction.Reject: await RejectAsync(turn, report, command.Rest, ct); break;
            default: await CorrectAsync(turn, report, command.Rest, ct); break;
        }
    }

    private async Task ConfirmAsync(TurnContext turn, ReportRecord report, CancellationToken ct)
    {
        var (c, tx) = (turn.Connection, turn.Transaction);
        await reports.ReviewAsync(c, tx, report.Id, "confirmed", turn.Person!.Id, null, turn.Now, ct);
        await audit.AppendAsync(c, tx, $"person:{turn.Person.Id}", "report_confirmed", $"report:{report.Number}", null, ct);
        var reporter = await people.GetAsync(c, tx, report.ReporterId, ct);
        var assessment = RelapseRiskAssessor.Assess(ToAnswers(report), await households.ReadAsync(turn, report.HouseholdId, reporter, ct),
            BeijingTime.Today(turn.Now), thresholds.Value);
        var outcome = "";
        if (assessment.IsNewCandidate)
        {
            await candidates.InsertAsync(c, tx, new MonitoringCandidateStore.Candidate(report.Id, report.HouseholdId,
                report.VillageCode, assessment.ObjectType!.Value.ToChinese(),
                JsonSerializer.Serialize(assessment.RiskTypes.Select(t => t.ToChinese()), DialogJson.Options), assessment.RedWarning,
                assessment.PerCapitaIncomeYuan is { } income ? (int)income : null, assessment.Explanation,
                assessment.Deadline!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), turn.Now), ct);
            outcome = $"已列入防返贫监测候选（{assessment.ObjectType.Value.ToChinese()}，" +
                      $"{string.Join("、", assessment.RiskTypes.Select(t => t.ToChinese()))}），" +
                      $"请在{assessment.Deadline:M月d日}前完成认定。";
        }
        turn.Say($"已确认报告{report.Number}。{outcome}");
        turn.Notify(report.ReporterId, $"您报告的灾情（编号{report.Number}）网格员已上门核实。" +
            (assessment.IsNewCandidate ? "工作人员会尽快联系您，落实帮扶。" : "有困难请随时告诉我们。"), "report_confirmed");
        BotLog.ReportReviewed(logger, report.Number, "confirmed");
    }

    private async Task RejectAsync(TurnContext turn, ReportRecord report, string reason, CancellationToken ct)
    {
        if (reason.Length == 0)
        {
            turn.Say($"请写上原因，比如：驳回 {report.Number} 房屋没有损坏");
            return;
        }
        var (c, tx) = (turn.Connection, turn.Transaction);
        await reports.ReviewAsync(c, tx, report.Id, "rejected", turn.Person!.Id, reason, turn.Now, ct);
        await audit.AppendAsync(c, tx, $"person:{turn.Person.Id}", "report_rejected", $"report:{report.Number}", reason, ct);
        turn.Say($"已驳回报告{report.Number}。");
        turn.Notify(report.ReporterId, $"您报告的灾情（编号{report.Number}）经网格员核实未通过，原因：{reason}。如有疑问回复“人工”。", "report_rejected");
        BotLog.ReportReviewed(logger, report.Number, "rejected");
    }

    private async Task CorrectAsync(TurnContext turn, ReportRecord report, string rest, CancellationToken ct)
    {
        if (ReportCorrection.Parse(rest) is not { } correction)
        {
            turn.Say($"请这样写：修改 {report.Number} 房屋 倒塌（可改：房屋、庄稼、饮水、受伤、遇难、损失、医疗）");
            return;
        }
        var (c, tx) = (turn.Connection, turn.Transaction);
        await reports.CorrectAsync(c, tx, report.Id, correction.Field, correction.Value, turn.Now, ct);
        await audit.AppendAsync(c, tx, $"person:{turn.Person!.Id}", "report_corrected", $"report:{report.Number}",
            $"{correction.Field}={correction.Value}", ct);
        turn.Say($"已修改报告{report.Number}：{correction.Label}。核实无误请回复“确认 {report.Number}”。");
    }

    internal static ReportAnswers ToAnswers(ReportRecord r) => new()
    {
        Hazard = r.Hazard, Deaths = r.Deaths, Injured = r.Injured,
        House = ReportKeys.ParseHouse(r.House) ?? HouseDamage.None,
        Crops = ReportKeys.ParseCrops(r.Crops) ?? CropLoss.None,
        LivestockLost = r.LivestockLost, LivestockCount = r.LivestockCount,
        Water = ReportKeys.ParseWater(r.Water) ?? WaterSupply.Normal,
        IncomeLostYuan = r.IncomeLostYuan, IncomeLostMaxYuan = r.IncomeLostMaxYuan, ExtraMedicalYuan = r.ExtraMedicalYuan,
        ExtraMedicalMaxYuan = r.ExtraMedicalMaxYuan, HasLabour = r.HasLabour,
        ForNeighbour = r.ForNeighbour,
    };

    private static string Brief(ReportRecord r) =>
        $"{ReportLabels.House(ReportKeys.ParseHouse(r.House))}，{ReportLabels.People(r.Deaths, r.Injured)}";

}
