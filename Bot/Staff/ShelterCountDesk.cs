using Alerts.Bot.Dialogs;
using Alerts.Incidents.Shelters;

namespace Alerts.Bot.Staff;

/// <summary>Words a grid worker's sheltered count and its answer; <see cref="ShelterCounts"/> decides and writes.</summary>
internal sealed class ShelterCountDesk(ShelterCounts counts)
{
    public async Task HandleAsync(TurnContext turn, ShelterCountCommand command, CancellationToken ct)
    {
        var o = await counts.SetAsync(turn.Connection, turn.Transaction, turn.Person!.Id, command.ShelterName, command.IncidentId,
            command.Sheltered, turn.Now, ct);
        var name = command.ShelterName;
        turn.Say(o.Result switch
        {
            ShelterCountResult.Set when o.OverCapacity =>
                $"{o.Shelter!.Name}：已安置{o.Sheltered}人，容量{o.Shelter.Capacity}人。⚠已超过容量，请联系乡镇干部增开安置点。（事件{o.IncidentNumber}）",
            ShelterCountResult.Set => $"{o.Shelter!.Name}：已安置{o.Sheltered}人，容量{o.Shelter.Capacity}人。（事件{o.IncidentNumber}）",
            ShelterCountResult.NoSuchShelter => $"您负责的村没有叫“{name}”的安置点，请核对名称。",
            ShelterCountResult.SeveralShelters => $"您负责的几个村都有叫“{name}”的安置点，请联系乡镇干部在控制台改成不同的名称。",
            ShelterCountResult.NoOpenIncident => "本镇现在没有正在处理的灾情事件，安置人数没有记录。请先报告灾情，或请乡镇干部开一个事件。",
            ShelterCountResult.WhichIncident =>
                $"本镇有几个正在处理的事件：{string.Join("、", o.Choices!)}。请写上是哪一个，如：安置 {o.Choices![0]} {o.Shelter!.Name} {command.Sheltered}",
            _ => $"本镇没有正在处理的事件{o.IncidentNumber}，请核对编号。",
        });
    }
}
