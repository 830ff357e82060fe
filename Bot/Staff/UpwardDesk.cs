using Alerts.Bot.Dialogs;
using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Alerts.Store.People;

namespace Alerts.Bot.Staff;

/// <summary>
/// The report up from chat: "已报市 SJ12 电话" and "市已确认 SJ12 张科长" go through <see cref="UpwardRecording"/> (which
/// decides who may: officials of the county or above); this class only words the answers, short and plain.
/// </summary>
internal sealed class UpwardDesk(UpwardRecording recording)
{
    public async Task HandleAsync(TurnContext turn, UpwardCommand command, CancellationToken ct)
    {
        var person = turn.Person!;
        var caller = new IncidentCaller($"person:{person.Id}", person.RegionCode, IsOfficial: person.Role == Roles.Official, person.Department);
        var n = command.Number;
        if (command.Rest.Length == 0)
        {
            turn.Say(command.Acknowledged ? $"请写上市里确认人，如：市已确认 {n} 张科长" : $"请写上报送方式（电话、传真、政务平台或其他），如：已报市 {n} 电话");
            return;
        }
        var refusal = command.Acknowledged
            ? await recording.MarkAcknowledgedAsync(turn.Work, caller, command.IncidentId, command.Rest, turn.Now, ct)
            : await recording.MarkSentAsync(turn.Work, caller, command.IncidentId, command.Rest, turn.Now, ct);
        turn.Say(refusal is not null
            ? refusal.Chinese + "。"
            : command.Acknowledged
                ? $"已记录：市里（{command.Rest}）已确认收到{n}的报告，不再提醒。"
                : $"已记录：{n}已报市（{UpwardVia.Parse(command.Rest)}）。市里确认收到后，请回复“市已确认 {n} 确认人”。");
    }
}
