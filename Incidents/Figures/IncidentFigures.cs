using System.Data.Common;
using Alerts.Incidents.Core;
using Alerts.Store.Reports;

namespace Alerts.Incidents.Figures;

/// <summary>
/// Reads an incident's figures from its items, each with its sources. Confirmed reports count through the one rule
/// (<see cref="ReportFigures.Of"/>); a submitted or rejected report counts nothing and is listed as pending. A monitor's
/// report counts its hazard point's people threatened (to relocate) and property threatened (potential loss), once per
/// point however many reports it has. Help requests and 险情通报 add no number. A figure an official set is in force.
/// </summary>
public sealed class IncidentFigures(IncidentStore incidents, ReportStore reports, IncidentFigureStore store)
{
    public async Task<IncidentFigureSheet> ReadAsync(DbConnection c, DbTransaction? tx, long incidentId, CancellationToken ct)
    {
        var items = await incidents.ItemsAsync(c, tx, incidentId, ct);
        var sums = new Dictionary<string, (FigureRange Sum, List<string> Sources)>();
        var pending = new List<string>();
        var listed = new List<string>();
        var reportIds = items.Where(i => i.Kind == IncidentItemKinds.Report).Select(i => i.RefId).ToList();
        foreach (var r in await reports.ByIdsAsync(c, tx, reportIds, ct))
        {
            if (r.Status != "confirmed")
            {
                pending.Add($"报告{r.Number}：{(r.Status == "rejected" ? "已驳回" : "待核实")}");
                continue;
            }
            foreach (var (key, range) in ReportFigures.Of(r))
                Add(sums, key, range, $"报告{r.Number}：{FigureKeys.ToChinese(key)}{range}{FigureKeys.Unit(key)}");
        }
        foreach (var p in await store.PointsAsync(c, tx, incidentId, ct))
        {
            Add(sums, FigureKeys.ToRelocate, FigureRange.Exactly(p.PeopleThreatened), $"隐患点 {p.Code}：威胁{p.PeopleThreatened}人");
            if (p.PropertyThreatenedYuan is { } yuan) Add(sums, FigureKeys.PotentialLoss, FigureRange.Exactly(yuan), $"隐患点 {p.Code}：威胁财产{yuan}元");
        }
        foreach (var i in items.Where(i => i.Kind is IncidentItemKinds.Help or IncidentItemKinds.DangerNotice))
            listed.Add(ItemLabel(i));
        var settings = (await store.InForceAsync(c, tx, incidentId, ct)).ToDictionary(s => s.Figure);
        var figures = FigureKeys.All.Select(k => new IncidentFigure(k,
            sums.TryGetValue(k, out var s) ? s.Sum : null,
            sums.TryGetValue(k, out var t) ? t.Sources : [],
            settings.TryGetValue(k, out var set) ? set : null)).ToList();
        return new IncidentFigureSheet(figures, pending, listed);
    }

    /// <summary>"求助H12" or "险情通报W7": how an item that adds no number is listed.</summary>
    internal static string ItemLabel(IncidentItem i) => i.Kind switch
    {
        IncidentItemKinds.Help => $"求助H{i.RefId}",
        IncidentItemKinds.DangerNotice => $"险情通报W{i.RefId}",
        _ => $"{IncidentItemKinds.ToChinese(i.Kind)}{i.RefId}",
    };

    // A record that speaks to a figure makes it known, even at 0; only the non-zero parts are worth naming as sources.
    private static void Add(Dictionary<string, (FigureRange Sum, List<string> Sources)> sums, string key, FigureRange range, string source)
    {
        var (sum, sources) = sums.TryGetValue(key, out var s) ? s : (new FigureRange(0, 0), new List<string>());
        if (range.Most > 0) sources.Add(source);
        sums[key] = (sum + range, sources);
    }
}
