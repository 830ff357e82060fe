using System.Data.Common;
using Alerts.Incidents.Core;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Reports;
using Dapper;

namespace Alerts.Incidents.Notices;

/// <summary>
/// Who is told when something comes in (issue 14, item 4): an item that OPENS an incident tells the town's and the
/// county's duty rosters, each person once; a 险情通报 or monitor's report that joins an open incident tells the town
/// roster one short update. A plain report or help request that joins tells nobody here: the grid workers and help
/// escalation already reach people. This replaces the 险情通报's own roster message, so nobody is told twice.
/// </summary>
public sealed class IncidentNotices(IDutyRosters rosters, NotificationStore notifications)
{
    private const string TownName = "SELECT name FROM regions WHERE code = @Code";

    public async Task TellAsync(DbConnection c, DbTransaction tx, Incident incident, IncomingItem item, bool opened,
        DateTimeOffset now, CancellationToken ct)
    {
        if (!opened && item.Kind is not (IncidentItemKinds.DangerNotice or IncidentItemKinds.MonitorReport)) return;
        var town = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(TownName, new { Code = incident.TownCode }, tx,
            cancellationToken: ct)) ?? incident.TownCode;
        var family = ReportHazards.FamilyToChinese(incident.Family);
        var what = $"{IncidentItemKinds.ToChinese(item.Kind)}：{item.Summary}";
        var text = opened
            ? $"【灾情事件】{incident.Number} {town} {family}：{what}，请在控制台查看。"
            : $"【灾情事件更新】{incident.Number} {town} 新的{what}，请在控制台查看。";
        var reason = opened ? "incident_opened" : "incident_update";
        var levels = opened ? new[] { 4, 3 } : [4];
        var told = new HashSet<long>();
        foreach (var level in levels)
            foreach (var duty in await rosters.AtAsync(c, tx, incident.TownCode, level, ct))
                if (told.Add(duty.PersonId))
                    await notifications.InsertAsync(c, tx, duty.PersonId, text, reason, now, ct, onlyChannel: duty.Channel);
    }
}
