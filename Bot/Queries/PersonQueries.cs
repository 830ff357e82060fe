using Alerts.Bot.Dialogs;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Alerts.Store.Database;

namespace Alerts.Bot.Queries;

/// <summary>What a villager can ask at any time: warnings for their village, their reports' progress, a person to call.</summary>
internal sealed class PersonQueries(IActiveWarnings warnings, ReportStore reports, PersonStore people, Workers.HouseholdCard cards)
{
    public const string VillagerMenu =
        "请回复数字：\n1 报告灾情\n2 查看预警\n3 查询进度\n4 联系网格员\n也可以直接说发生了什么，比如“房子被冲垮了”。";
    public const string WorkerMenu =
        "网格员您好。回复“待核实”看要核实的报告；“确认 编号”“驳回 编号 原因”“修改 编号 房屋 倒塌”处理报告；“代报”替村民报告；“险情通报 内容”马上通知本网格村民；“已处理 H编号”标记求助已处理。";

    public static void Menu(TurnContext turn) =>
        turn.Say(turn.Person?.IsGridWorker != true ? VillagerMenu : turn.IsStaffBound ? WorkerMenu : Staff.StaffCommands.NotBound);

    public async Task WarningsAsync(TurnContext turn, CancellationToken ct)
    {
        var active = await warnings.ForVillageAsync(turn.Person!.RegionCode, turn.Now, ct);
        if (active.Count == 0)
        {
            turn.Say("您所在的村目前没有生效的预警。");
            return;
        }
        foreach (var w in active.Take(3))
            turn.Say($"【{w.LevelName}预警】{w.Headline}\n{w.Instruction}");
    }

    public async Task ProgressAsync(TurnContext turn, CancellationToken ct)
    {
        var mine = await reports.ByReporterAsync(turn.Connection, turn.Transaction, turn.Person!.Id, 5, ct);
        if (mine.Count == 0)
        {
            turn.Say("您还没有报告过灾情。需要报告请回复1。");
            return;
        }
        turn.Say("您的报告：\n" + string.Join("\n", mine.Select(r =>
            $"{r.Number} {ReportLabels.Hazard(r.Hazard)} {BeijingTime.Of(r.CreatedUtc):M月d日} {ReportLabels.Status(r.Status)}")));
    }

    /// <summary>
    /// 人工: the village's grid worker gets who is asking, where they live, their number to call back and what they said
    /// (more than the bare word); the person is told who, with the worker's number.
    /// </summary>
    public async Task HumanAsync(TurnContext turn, CancellationToken ct)
    {
        var said = turn.Message.Text?.Trim() is { Length: > 0 } text && text is not ("4" or "人工") ? $"原话：“{text}”。" : "";
        var workers = await NotifyGridWorkersAsync(turn,
            $"【请回电】{await cards.OfAsync(turn, turn.Person!, ct)}请求联系。{said}", "callback_requested", ct);
        turn.Say(workers.Count == 0
            ? "暂时没有找到您村的网格员。紧急情况请拨打110、119或120。"
            : $"已通知网格员{workers[0].Name}（{Guidance.PhoneDisplay.Domestic(workers[0].Phone)}），会尽快联系您。紧急情况请拨打110、119或120。");
    }

    /// <summary>Tells every grid worker of the person's village; returns them.</summary>
    public async Task<IReadOnlyList<Person>> NotifyGridWorkersAsync(TurnContext turn, string text, string reason, CancellationToken ct)
    {
        var workers = await people.GridWorkersOfAsync(turn.Connection, turn.Transaction, turn.Person!.RegionCode, ct);
        foreach (var w in workers) turn.Notify(w.Id, text, reason);
        return workers;
    }
}
