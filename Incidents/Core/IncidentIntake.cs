using Alerts.Incidents.Grading;
using Alerts.Incidents.Notices;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Incidents.Core;

/// <summary>
/// Where everything that comes in finds its incident: a report, help request, 险情通报 or monitor's report joins the open
/// incident of the same town and hazard family whose latest item is within the join window (default 24 hours), else
/// opens one. An item with no family (a help request that names no hazard) joins the town's latest open incident of
/// any family, and opens an "other" one when there is none. Joins the caller's unit of work, so the item and its
/// incident commit with the message that brought it, or not at all. Every caller gets the rest of the policy here: the
/// duty rosters told (<see cref="IncidentNotices"/>) and the incident regraded with the new item's figures.
/// </summary>
public sealed class IncidentIntake(IncidentStore incidents, IncidentNotices notices, IncidentGrading grading,
    IOptions<IncidentOptions> options)
{
    /// <summary>The item's incident (joined or opened); null when the place is not inside a town (a county-level help
    /// request with no village), which an official can add by hand.</summary>
    public async Task<IncidentJoin?> JoinAsync(UnitOfWork work, IncomingItem item, string actor, DateTimeOffset now, CancellationToken ct)
    {
        if (!DivisionCode.IsWellFormed(item.PlaceCode) || DivisionCode.Level(item.PlaceCode) < 4) return null;
        var (c, tx) = (work.Connection, work.Transaction);
        var town = DivisionCode.AtLevel(item.PlaceCode, 4);
        // Find-or-open, then regrade from every item: items of one town arriving on two Hosts at once must take turns,
        // or each would open its own incident, or grade from the figures it alone can see.
        await work.LockAsync($"incident-town:{town}", ct);
        if (await incidents.ItemOfAsync(c, tx, item.Kind, item.RefId, ct) is { } already)
            return new IncidentJoin(already.IncidentId, Opened: false, Added: false);
        var since = item.ReceivedUtc - options.Value.JoinWindow;
        var open = await incidents.FindJoinableAsync(c, tx, town, item.Family, since, ct);
        var opened = open is null;
        var id = open?.Id ?? await incidents.InsertAsync(c, tx, town, item.Family ?? Alerts.Store.Reports.ReportHazards.Other,
            Title(item), item.ReceivedUtc, "system", now, ct);
        if (opened) await incidents.AppendEventAsync(c, tx, id, "opened", actor, $"{IncidentItemKinds.ToChinese(item.Kind)}：{item.Summary}", now, ct);
        await incidents.AddItemAsync(c, tx, id, item, actor, now, ct);
        await incidents.AppendEventAsync(c, tx, id, "item_added", actor, $"{IncidentItemKinds.ToChinese(item.Kind)}：{item.Summary}", now, ct);
        var incident = await incidents.GetAsync(c, tx, id, ct) ?? throw new InvalidOperationException($"incident {id} vanished");
        await notices.TellAsync(c, tx, incident, item, opened, now, ct);
        await grading.RegradeAsync(c, tx, id, $"{IncidentItemKinds.ToChinese(item.Kind)}加入", now, ct);
        return new IncidentJoin(id, opened, Added: true);
    }

    private static string Title(IncomingItem item) =>
        item.Summary.Length > 30 ? item.Summary[..30] + "…" : item.Summary;
}

/// <summary>The incident an item joined; <see cref="Opened"/> when the item opened it.</summary>
public sealed record IncidentJoin(long IncidentId, bool Opened, bool Added);
