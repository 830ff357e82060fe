using System.Text.RegularExpressions;
using Alerts.Bot.Conversations;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Language;
using Alerts.Bot.Queries;
using Alerts.Bot.Workers;
using Alerts.Identity.Binding;
using Alerts.Identity.Help;
using Alerts.Store.People;

namespace Alerts.Bot.Staff;

/// <summary>
/// Staff are bound, not found: "绑定 XXXX-XXXX-XXXX" with a code an admin issued binds this chat address to a grid
/// worker or official; staff powers in chat (review commands, 代报, 险情通报, 已处理 H12, 已报市 SJ12) need that binding, whatever
/// the address is registered as. A helper's 走访 (grid worker or official) is one of them, and a grid worker's 安置 count.
/// </summary>
internal sealed partial class StaffCommands(StaffBinding binding, HelpDesk help, CheckInDesk checkIns, UpwardDesk upward,
    ShelterCountDesk shelters)
{
    public const string NotBound = "这是工作人员的功能，需要先绑定身份：请向管理员要绑定码，然后回复“绑定 绑定码”。";

    /// <summary>"绑定 …" from anyone, at any point.</summary>
    public async Task<bool> TryBindAsync(DialogContext dc, ConversationState conversation, CancellationToken ct)
    {
        var turn = dc.Turn;
        var m = BindPattern().Match(turn.Text);
        if (!m.Success) return false;
        var result = await binding.RedeemAsync(turn.Connection, turn.Transaction, turn.Message.Channel, turn.Message.Address,
            m.Groups["code"].Value, turn.Now, ct);
        switch (result.Outcome)
        {
            case BindOutcome.Bound:
                turn.Person = result.Person;
                turn.IsStaffBound = true;
                conversation.Stack.Clear();
                conversation.DropSuspended();
                turn.Say($"绑定成功：{result.Person!.Name}（{RoleName(result.Person.Role)}）。");
                PersonQueries.Menu(turn);
                break;
            case BindOutcome.TooOften:
                turn.Say("绑定码错的次数太多，请过一个小时再试，或联系管理员。");
                break;
            case BindOutcome.AddressTaken:
                turn.Say("这个微信或号码已经登记给别人了，不能绑定。请换一个，或联系管理员。");
                break;
            default:
                turn.Say("绑定码不对或已经失效，请核对，或向管理员重新要一个。");
                break;
        }
        return true;
    }

    /// <summary>Commands only bound staff may use: carried out here (已处理) or refused when not bound.</summary>
    public async Task<bool> TryAsync(DialogContext dc, string text, CancellationToken ct)
    {
        var turn = dc.Turn;
        var handled = HandledPattern().Match(text);
        var visit = CheckInCommand.Parse(text);
        var report = UpwardCommand.Parse(text);
        if (!handled.Success && visit is null && report is null && !(turn.Person?.IsGridWorker == true && IsWorkerCommand(text))) return false;
        if (turn.Person is not { Role: Roles.GridWorker or Roles.Official } person || !turn.IsStaffBound)
        {
            if (turn.Person?.Role is Roles.GridWorker or Roles.Official) turn.Say(NotBound);
            return turn.Person?.Role is Roles.GridWorker or Roles.Official;
        }
        if (visit is not null)
        {
            await checkIns.HandleAsync(turn, visit, ct);
            return true;
        }
        if (report is not null)
        {
            await upward.HandleAsync(turn, report, ct);
            return true;
        }
        if (person.Role == Roles.GridWorker && ShelterCountCommand.Parse(text) is { } count)
        {
            await shelters.HandleAsync(turn, count, ct);
            return true;
        }
        if (!handled.Success) return false;

        var id = long.Parse(handled.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var note = handled.Groups["note"].Value.Trim();
        var outcome = await help.HandleAsync(turn.Connection, turn.Transaction, id, $"person:{person.Id}", person.RegionCode,
            note.Length == 0 ? null : note, turn.Now, ct);
        turn.Say(outcome switch
        {
            HandleOutcome.Handled => $"求助H{id}已标记为处理完毕，谢谢。",
            HandleOutcome.AlreadyHandled => $"求助H{id}已经有人处理过了。",
            _ => $"没有找到求助H{id}，请核对编号。",
        });
        return true;
    }

    private static bool IsWorkerCommand(string text) =>
        ReviewCommand.Parse(text) is not null || ShelterCountCommand.Parse(text) is not null || GlobalCommands.Recognize(text) == GlobalCommand.Pending ||
        text.StartsWith("代报", StringComparison.Ordinal) || text.StartsWith(WarningReplies.NoticePrefix, StringComparison.Ordinal);

    private static string RoleName(string role) => role == Roles.GridWorker ? "网格员" : "工作人员";

    [GeneratedRegex(@"^绑定\s*[:：]?\s*(?<code>[A-Za-z0-9\-－ ]{12,16})$")]
    private static partial Regex BindPattern();

    [GeneratedRegex(@"^(已处理|处理完|已解决)\s*[Hh]?(?<id>\d{1,9})(?<note>.*)$")]
    private static partial Regex HandledPattern();
}
