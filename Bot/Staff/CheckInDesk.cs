using Alerts.Bot.Dialogs;
using Alerts.Channels.Messages;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.CheckIns;
using Alerts.Store.Database;

namespace Alerts.Bot.Staff;

/// <summary>
/// A helper's weekly visit in the chat: "走访 12 情况" records it through <see cref="CheckInRecorder"/> (which decides
/// who may), "走访" lists the households they visit; this class only words the answers.
/// </summary>
internal sealed class CheckInDesk(CheckInRecorder recorder, CheckInStore checkins)
{
    private const int ListLimit = 10;
    private const string Example = "房子在修，收入稳定";

    public async Task HandleAsync(TurnContext turn, CheckInCommand command, CancellationToken ct)
    {
        if (command.CaseId is not { } id)
        {
            await ListAsync(turn, ct);
            return;
        }
        if (command.Notes.Length == 0)
        {
            turn.Say($"请写上走访情况，如：走访 {id} {Example}");
            return;
        }
        var person = turn.Person!;
        var result = await recorder.RecordAsync(turn.Work, id, person.Id, command.Notes, turn.Message.Channel.Key(), $"person:{person.Id}",
            turn.Now, ct);
        turn.Say(result.Outcome switch
        {
            CareOutcome.Done => $"已记录案例{id}的走访。下次请在{BeijingTime.Of(turn.Now + HelperAssignment.CheckinInterval):M月d日}前再走访。",
            CareOutcome.NotFound => $"没有找到您负责的案例{id}。回复“走访”查看您负责的监测户。",
            _ => result.Chinese + "。",
        });
    }

    private async Task ListAsync(TurnContext turn, CancellationToken ct)
    {
        var cases = await checkins.OfHelperAsync(turn.Connection, turn.Transaction, turn.Person!.Id, ListLimit, ct);
        if (cases.Count == 0)
        {
            turn.Say("您目前没有负责走访的监测户。");
            return;
        }
        var lines = cases.Select(c => $"案例{c.Id} {c.HeadName ?? "（户主不详）"}家（{c.VillageName}）" +
                                      (c.NextCheckinDueUtc is { } due ? $"，{BeijingTime.Of(due):M月d日}前走访" : ""));
        turn.Say("您负责走访的监测户：\n" + string.Join("\n", lines) + $"\n走访后回复“走访 案例号 情况”，如：走访 {cases[0].Id} {Example}");
    }
}
