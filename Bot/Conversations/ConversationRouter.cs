using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Staff;
using Alerts.Bot.Help;
using Alerts.Bot.Language;
using Alerts.Store.Database;
using Alerts.Bot.Queries;
using Alerts.Bot.Relief;
using Alerts.Bot.Reports;
using Alerts.Bot.Guidance;
using Alerts.Bot.Workers;
using Alerts.Channels.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Bot.Conversations;

/// <summary>
/// Decides what a message means before any dialog sees it: stale or idle conversations, events (follows, QR codes,
/// menu taps), the words that work anywhere (菜单, 取消, 重新开始, 人工, 继续), and what to start when nothing is
/// going on — enrolment for someone new, a report when the message says what happened, the menu otherwise.
/// </summary>
internal sealed class ConversationRouter(
    DialogRunner runner, PersonQueries queries, ReviewDesk desk, WarningReplies warnings, HelpResponder help, StaffCommands staff,
    ReliefDesk relief, ReportGuidance guidance, MonitorDesk monitors, IOptions<BotOptions> options, ILogger<ConversationRouter> logger)
{
    internal const string Expired = "上次的报告还没填完。回复“继续”接着填，或直接告诉我们新的情况。";
    internal const string Cancelled = "已取消。回复“菜单”看能做什么。";
    internal const string CancelledReport = "已取消。刚才填的还留着，回复“继续”可以接着填。回复“菜单”看能做什么。";

    public async Task RunTurnAsync(TurnContext turn, ConversationState conversation, CancellationToken ct)
    {
        var dc = new DialogContext(turn, conversation.Stack);
        if (!runner.IsCurrent(conversation.Stack) || !runner.IsCurrent(conversation.Suspended))
        {
            BotLog.StaleStack(logger);
            conversation.Stack.Clear();
            conversation.DropSuspended();
            turn.Say("服务更新了，我们从头开始。");
        }
        if (conversation.Suspended.Count > 0 && turn.Now - conversation.UpdatedUtc > options.Value.ResumeWindow)
            conversation.DropSuspended();
        if (conversation.Stack.Count > 0 && turn.Now - conversation.UpdatedUtc > options.Value.IdleTimeout)
            ExpireIdle(turn, conversation);

        if (turn.Message.Kind == InboundKind.Event)
        {
            await OnEventAsync(dc, conversation, ct);
            return;
        }
        if (await staff.TryBindAsync(dc, conversation, ct)) return;
        if (await warnings.TryAnswerAsync(dc, ct)) return;
        // A bound worker's command comes before help words: "险情通报 有人被埋，马上撤离" is a notice to publish, and
        // "确认 100001 有人受伤" a review, not a cry for help from the worker.
        if (dc.IsEmpty && turn.IsStaffBound && await staff.TryAsync(dc, turn.Text, ct)) return;
        if (dc.IsEmpty && turn.Person?.IsGridWorker == true && await StartWorkerAsync(dc, turn.Text, ct)) return;
        var word = GlobalCommands.Recognize(turn.Text, expectsNumber: ExpectsNumber(dc));
        if (word == GlobalCommand.HelpRequest)
        {
            await OnHelpAsync(dc, ct);
            return;
        }
        if (await OnGlobalWordAsync(dc, conversation, word, ct)) return;
        // After help words (a monitor who cries for help is helped first), before anything starts: a monitor's report.
        if (dc.IsEmpty && IsEnrolled(turn) && await monitors.TryAsync(turn, ct)) return;
        if (!dc.IsEmpty)
        {
            await AfterAsync(dc, await runner.ContinueAsync(dc, ct), ct);
            return;
        }
        await StartAsync(dc, ct);
    }

    /// <summary>
    /// Villagers have consented to the privacy notice; grid workers and officials are registered by their offices and
    /// use Alerts for their work, so they are never asked.
    /// </summary>
    private static bool IsEnrolled(TurnContext turn) =>
        turn.Person is { } p && (p.Role != Store.People.Roles.Villager || p.ConsentedUtc is not null);

    // Inside a number question "0" is an answer ("没有回复0"), not the menu.
    private static bool ExpectsNumber(DialogContext dc) =>
        !dc.IsEmpty && dc.Stack[^1].DialogId is NumberPrompt.DialogId or FlagsPrompt.DialogId or ReportAnswerPrompt.DialogId;

    private static void ExpireIdle(TurnContext turn, ConversationState conversation)
    {
        if (conversation.Stack.Exists(f => f.DialogId == SelfReportDialog.DialogId))
        {
            conversation.Suspend();
            turn.Say(Expired);
        }
        else
        {
            conversation.Stack.Clear();
        }
    }

    private async Task<bool> OnGlobalWordAsync(DialogContext dc, ConversationState conversation, GlobalCommand word, CancellationToken ct)
    {
        var turn = dc.Turn;
        switch (word)
        {
            // A report cancelled by mistake is not lost: it is set aside, and "继续" brings it back within the window.
            case GlobalCommand.Cancel when dc.Contains(SelfReportDialog.DialogId):
                conversation.Suspend();
                turn.Say(CancelledReport);
                return true;
            case GlobalCommand.Cancel when !dc.IsEmpty || conversation.Suspended.Count > 0:
                conversation.Stack.Clear();
                conversation.DropSuspended();
                turn.Say(Cancelled);
                return true;
            case GlobalCommand.Restart:
                conversation.Stack.Clear();
                conversation.DropSuspended();
                turn.Say("好的，重新开始。");
                await StartAsync(dc, ct);
                return true;
            case GlobalCommand.Menu when IsEnrolled(turn):
                if (dc.Contains(SelfReportDialog.DialogId)) conversation.Suspend();
                else conversation.Stack.Clear();
                PersonQueries.Menu(turn);
                if (conversation.Suspended.Count > 0) turn.Say("没填完的报告，回复“继续”可以接着填。");
                return true;
            case GlobalCommand.Human when IsEnrolled(turn):
                await queries.HumanAsync(turn, ct);
                // Asking for a person mid-report does not end it: the question still waits for its answer.
                await runner.RepromptAsync(dc, ct);
                return true;
        }
        if (turn.Text == EnrolmentTexts.PrivacyWord)
        {
            turn.Say(EnrolmentTexts.Privacy);
            await runner.RepromptAsync(dc, ct);
            return true;
        }
        if (turn.Text == "继续" && conversation.Suspended.Count > 0)
        {
            conversation.Resume();
            turn.Say("好的，接着填。");
            await AfterAsync(dc, await runner.RepromptAsync(dc, ct), ct);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A call for help, from anyone at any point, is never taken as consent or as a choice: a person is told at once,
    /// then the conversation goes on. Where the words also answer the question asked ("有人受伤" to "家里有人受伤吗？")
    /// they answer it too; otherwise the question is asked again. Someone enrolled who also said what happened goes on
    /// to a report of it.
    /// </summary>
    private async Task OnHelpAsync(DialogContext dc, CancellationToken ct)
    {
        var turn = dc.Turn;
        await help.RaiseAsync(dc, ct);
        if (!dc.IsEmpty)
        {
            if (runner.HelpWordsAnswer(dc)) await AfterAsync(dc, await runner.ContinueAsync(dc, ct), ct);
            else await runner.RepromptAsync(dc, ct);
        }
        else if (IsEnrolled(turn) && ReportDrafts.FromText(turn.Text, BeijingTime.Today(turn.Now)) is { } draft)
        {
            await BeginReportAsync(dc, draft, ct);
        }
    }

    private async Task OnEventAsync(DialogContext dc, ConversationState conversation, CancellationToken ct)
    {
        var m = dc.Turn.Message;
        switch (m.EventName)
        {
            case "subscribe" or "scan" when !IsEnrolled(dc.Turn):
                conversation.Stack.Clear();
                await AfterAsync(dc, await runner.BeginAsync(dc, EnrolmentDialog.DialogId,
                    DialogJsonOf(new EnrolmentStart(VillageOf(m.EventKey))), ct), ct);
                break;
            case "subscribe" or "scan":
                dc.Turn.Say($"{dc.Turn.Person!.Name}，欢迎回来。");
                PersonQueries.Menu(dc.Turn);
                break;
            case "click" when !dc.IsEmpty:
                await AfterAsync(dc, await runner.ContinueAsync(dc, ct), ct);
                break;
            case "click":
                await StartAsync(dc, ct, MenuKeys.ToCommand(m.EventKey));
                break;
        }
    }

    private async Task StartAsync(DialogContext dc, CancellationToken ct, string? menuCommand = null)
    {
        var turn = dc.Turn;
        if (!IsEnrolled(turn))
        {
            // Someone who just cried for help and now says where they are gets no privacy notice: it goes on to the helpers.
            if (await help.TryAddToOpenAsync(dc, ct)) return;
            var first = turn.Message.Kind == InboundKind.Text ? turn.Text : null;
            await AfterAsync(dc, await runner.BeginAsync(dc, EnrolmentDialog.DialogId, DialogJsonOf(new EnrolmentStart(null, first)), ct), ct);
            return;
        }
        if (await TryStartAsync(dc, menuCommand ?? turn.Text, ct)) return;
        // Words nothing else understood, from someone whose help request is open, go on to the helpers, not to a menu.
        if (await help.TryAddToOpenAsync(dc, ct)) return;
        PersonQueries.Menu(turn);
    }

    /// <summary>Starts what <paramref name="text"/> asks for, from someone enrolled; false when it asks for nothing known.</summary>
    private async Task<bool> TryStartAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var turn = dc.Turn;
        if (await staff.TryAsync(dc, text, ct)) return true;
        if (turn.Person!.IsGridWorker && await StartWorkerAsync(dc, text, ct)) return true;
        switch (GlobalCommands.Recognize(text), text)
        {
            case (GlobalCommand.Warnings, _) or (_, "2"): await queries.WarningsAsync(turn, ct); return true;
            case (GlobalCommand.Progress, _) or (_, "3"): await queries.ProgressAsync(turn, ct); return true;
            case (GlobalCommand.Human, _) or (_, "4"): await queries.HumanAsync(turn, ct); return true;
            case (_, "1" or "报灾" or "报告" or "报告灾情" or "我要报灾"): await BeginReportAsync(dc, new ReportDraft(), ct); return true;
            case (_, SmsGuidance.MoreWord): await guidance.MoreAsync(turn, ct); return true;
        }
        if (ReportDrafts.FromText(text, BeijingTime.Today(turn.Now)) is { } draft)
        {
            await BeginReportAsync(dc, draft, ct);
            return true;
        }
        return await relief.TryAnswerAsync(turn, text, ct);
    }

    /// <summary>Review commands and 代报: staff powers, which <see cref="StaffCommands"/> has checked are bound.</summary>
    private async Task<bool> StartWorkerAsync(DialogContext dc, string text, CancellationToken ct)
    {
        if (!dc.Turn.IsStaffBound) return false;
        if (await warnings.TryDangerNoticeAsync(dc.Turn, ct)) return true;
        if (ReviewCommand.Parse(text) is { } command)
        {
            await desk.HandleAsync(dc.Turn, command, ct);
            return true;
        }
        if (GlobalCommands.Recognize(text) == GlobalCommand.Pending)
        {
            await desk.ListPendingAsync(dc.Turn, ct);
            return true;
        }
        if (text.StartsWith("代报", StringComparison.Ordinal))
        {
            await BeginReportAsync(dc, new ReportDraft { ForNeighbour = true }, ct);
            return true;
        }
        return false;
    }

    private async Task BeginReportAsync(DialogContext dc, ReportDraft draft, CancellationToken ct) =>
        await AfterAsync(dc, await runner.BeginAsync(dc, SelfReportDialog.DialogId, DialogJsonOf(draft), ct), ct);

    /// <summary>
    /// When the stack emptied this turn: the first message of an enrolment (sent before consent) is answered now — a
    /// report it described is taken down, a question it asked is answered.
    /// </summary>
    private async Task AfterAsync(DialogContext dc, DialogTurnResult result, CancellationToken ct)
    {
        if (!dc.IsEmpty || result.Status != DialogStatus.Complete) return;
        if (dc.LastEndedId != EnrolmentDialog.DialogId || dc.Turn.Person is null) return;
        var first = result.As<string>();
        if (string.IsNullOrWhiteSpace(first)) return;
        if (ReportDrafts.FromText(first, BeijingTime.Today(dc.Turn.Now)) is not null) dc.Turn.Say("您刚才说的情况，我们接着登记报告。");
        await TryStartAsync(dc, first, ct);
    }

    private static string? VillageOf(string? sceneKey) =>
        sceneKey is { Length: 12 } && sceneKey.All(char.IsAsciiDigit) ? sceneKey : null;

    private static System.Text.Json.JsonElement DialogJsonOf<T>(T value) =>
        System.Text.Json.JsonSerializer.SerializeToElement(value, DialogJson.Options);
}
