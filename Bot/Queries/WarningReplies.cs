using Alerts.Bot.Dialogs;
using Alerts.Bot.Help;
using Alerts.Bot.Language;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Queries;

/// <summary>
/// Answers to a warning (收到, 1, 已转移 / 2, 需要帮助) and a grid worker's 险情通报. "1" and "2" count only when no
/// question of ours is pending; words count always while the latest warning is unanswered and recent.
/// </summary>
internal sealed class WarningReplies(IWarningDesk desk, HelpResponder help, IncidentHooks incidents)
{
    private static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(24);
    internal const string Acknowledged = "收到您的确认，谢谢。请注意安全，听从村里安排。";
    internal const string NoticePrefix = "险情通报";

    /// <summary>True when the message answered the person's latest warning (and was handled).</summary>
    public async Task<bool> TryAnswerAsync(DialogContext dc, CancellationToken ct)
    {
        var turn = dc.Turn;
        if (turn.Person is not { Role: "villager" } person || turn.Text.Length == 0) return false;
        var latest = await desk.LatestReceivedAsync(turn.Connection, turn.Transaction, person.Id, ct);
        if (latest is null || latest.AcknowledgedUtc is not null || turn.Now - latest.SentUtc > AnswerWindow) return false;

        var numbered = dc.IsEmpty;
        if (GlobalCommands.IsHelpRequest(turn.Text, numbered))
        {
            await desk.RecordReplyAsync(turn.Connection, turn.Transaction, latest.DeliveryId, needsHelp: true, turn.Now, ct);
            await help.RaiseAsync(dc, ct);
            return true;
        }
        if (!GlobalCommands.IsAcknowledgement(turn.Text, numbered)) return false;
        await desk.RecordReplyAsync(turn.Connection, turn.Transaction, latest.DeliveryId, needsHelp: false, turn.Now, ct);
        turn.Say(Acknowledged);
        return true;
    }

    /// <summary>
    /// "险情通报 后山有裂缝，请马上撤离" from a bound grid worker: published at once to the households of their grid (the
    /// regulation's exception for critical danger). It joins its town's incident, whose notice tells the duty rosters (the
    /// town's and the county's when it opens one, the town's when it joins), so nobody gets a second message for it.
    /// </summary>
    public async Task<bool> TryDangerNoticeAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Person is not { IsGridWorker: true } worker || !turn.IsStaffBound ||
            !turn.Text.StartsWith(NoticePrefix, StringComparison.Ordinal)) return false;
        var text = turn.Text[NoticePrefix.Length..].Trim(' ', '：', ':', '，', ',');
        if (text.Length < 4)
        {
            turn.Say("请写明险情，比如：险情通报 后山出现裂缝，请马上撤离到村委会。");
            return true;
        }
        var id = await desk.PublishDangerNoticeAsync(turn.Connection, turn.Transaction, worker.Id, worker.Name, text, turn.Now, ct);
        if (id is { } warningId)
        {
            var family = HazardRecognizer.Recognize(text) is { } kind ? Alerts.Store.Reports.ReportHazards.FamilyOf(ReportKeys.Hazards[kind]) : null;
            await incidents.DangerNoticeAsync(turn.Work, warningId, worker.RegionCode, family, text, $"person:{worker.Id}", turn.Now, ct);
        }
        turn.Say(id is null ? "没有找到您负责的网格，无法发送。请联系乡镇。" : "险情通报已发出，您网格内的村民马上会收到。请继续组织撤离。");
        return true;
    }
}
