using Alerts.Bot.Dialogs;
using Alerts.Bot.Guidance;
using Alerts.Bot.Queries;
using Alerts.Bot.Reports;
using Alerts.Bot.Workers;
using Alerts.Store.People;
using Alerts.Store.Reports;

namespace Alerts.Bot.Relief;

/// <summary>
/// What villagers ask most about relief ("补助啥时候到", "我能领多少钱", "谁说了算", "我的报告怎么样了"): answered from
/// the guidance file's questions and the person's own latest report (what it lets them apply for, its status, who
/// decides), never with an amount or a date. A question the file forwards ("发到哪张卡") goes to the village's grid
/// workers with its words.
/// </summary>
internal sealed class ReliefDesk(
    GuidanceRuleSet rules, ReportGuidance guidance, ReportStore reports, PersonStore people, PersonQueries queries, HouseholdCard cards)
{
    public ReliefQuestion? Recognize(string text) => rules.Questions.FirstOrDefault(q => q.IsAskedIn(text));

    /// <summary>True when <paramref name="text"/> asked a relief question, which is then answered or passed on.</summary>
    public async Task<bool> TryAnswerAsync(TurnContext turn, string text, CancellationToken ct)
    {
        if (turn.Person is null || Recognize(text) is not { } question) return false;
        if (question.Forward) await ForwardAsync(turn, text, ct);
        else await AnswerAsync(turn, question, ct);
        return true;
    }

    private async Task AnswerAsync(TurnContext turn, ReliefQuestion question, CancellationToken ct)
    {
        var (c, tx, person) = (turn.Connection, turn.Transaction, turn.Person!);
        var worker = (await people.GridWorkersOfAsync(c, tx, person.RegionCode, ct)).FirstOrDefault();
        var mine = await reports.ByReporterAsync(c, tx, person.Id, 5, ct);
        var latest = mine.FirstOrDefault(r => !r.ForNeighbour) ?? mine.FirstOrDefault();
        var lines = new List<string>(question.Lines);
        if (latest is null)
        {
            lines.Add("您还没有报告过灾情。受了灾请先报告，回复1。");
        }
        else
        {
            lines.Add($"您的报告{latest.Number}：{ReportLabels.Status(latest.Status)}。");
            if (question.Id != ReliefQuestion.StatusId && await CanApplyForAsync(turn, latest, ct) is { Count: > 0 } relief)
                lines.Add("按您报的情况，" + string.Join("", relief));
        }
        if (worker is not null) lines.Add($"有事可找网格员{worker.Name}，电话{PhoneDisplay.Domestic(worker.Phone)}。");
        foreach (var message in MessagePacker.Pack(lines)) turn.Say(message);
    }

    /// <summary>The relief lines the guidance gives for this report and household.</summary>
    private async Task<IReadOnlyList<string>> CanApplyForAsync(TurnContext turn, ReportRecord report, CancellationToken ct)
    {
        var message = await guidance.ComposeAsync(turn, ReportAnswers.Of(report), report.HouseholdId, report.VillageCode, ct);
        return message.Lines.Where(l => l.Section == GuidanceSection.Relief).Select(l => l.Text).ToList();
    }

    private async Task ForwardAsync(TurnContext turn, string text, CancellationToken ct)
    {
        var words = turn.Message.Text?.Trim() is { Length: > 0 } original ? original : text;
        var workers = await queries.NotifyGridWorkersAsync(turn,
            $"【村民提问】{await cards.OfAsync(turn, turn.Person!, ct)}问：“{words}”。请给他回个电话或消息。", "question_forwarded", ct);
        turn.Say(workers.Count == 0
            ? "这个问题要工作人员来答，暂时没有找到您村的网格员。请回复“人工”或打镇上电话问。"
            : $"这个问题要网格员来答。已把您的话转给网格员{workers[0].Name}（{PhoneDisplay.Domestic(workers[0].Phone)}），会尽快回复您。");
    }
}
