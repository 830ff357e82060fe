using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Alerts.Store.Reports;

namespace Alerts.Incidents.Statistics;

/// <summary>
/// The daily statistics (灾情统计) for the towns under a jurisdiction: one row per town, then its county's total row.
/// "The day" is the Beijing day, 00:00 to 24:00 (+08:00). Report figures come through the one rule ReportFigures.Of.
/// </summary>
public sealed class StatisticsReader
{
    private readonly StatisticsStore _store;

    internal StatisticsReader(StatisticsStore store) => _store = store;

    public async Task<DailyStatistics> ForAsync(string jurisdiction, DateOnly date, CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(jurisdiction) ?? throw new ArgumentException($"'{jurisdiction}' is not a division code", nameof(jurisdiction));
        var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), BeijingTime.Offset).ToUniversalTime();
        var data = await _store.ReadAsync(prefix, start, start.AddDays(1), ct);
        var rows = new List<StatisticsRow>();
        var towns = data.Places.Where(p => p.Level == 4).ToList();
        foreach (var county in towns.GroupBy(t => DivisionCode.AtLevel(t.Code, 3)))
        {
            var townRows = county.Select(t => Town(t, data)).ToList();
            rows.AddRange(townRows);
            var name = data.Places.FirstOrDefault(p => p.Code == county.Key)?.Name;
            rows.Add(Total(county.Key, name is null ? "合计" : name + "合计", townRows,
                data.HelpPlaces.Count(h => DivisionCode.Contains(county.Key, h))));
        }
        return new DailyStatistics(date, rows);
    }

    private static StatisticsRow Town(Region town, StatisticsData data)
    {
        bool In(string code) => DivisionCode.Contains(town.Code, code);
        var reports = data.Reports.Where(r => In(r.VillageCode)).ToList();
        var confirmed = reports.Where(r => r.Status == "confirmed").ToList();
        var figures = confirmed.Select(ReportFigures.Of).ToList();
        FigureRange Sum(string key) => figures.Aggregate(default(FigureRange), (s, f) => f.TryGetValue(key, out var v) ? s + v : s);
        var sheltered = data.Sheltered.Where(s => s.Town == town.Code).ToList();
        var open = data.OpenIncidents.Where(i => i.Town == town.Code).ToList();
        return new StatisticsRow
        {
            Code = town.Code, Name = town.Name,
            Deaths = Sum(FigureKeys.Deaths), Injured = Sum(FigureKeys.Injured), HousesCollapsed = Sum(FigureKeys.HousesCollapsed),
            HousesUnsafe = Sum(FigureKeys.HousesUnsafe), DirectLoss = Sum(FigureKeys.DirectLoss),
            // A report for a neighbour with no register record is a household of its own.
            AffectedHouseholds = confirmed.Select(r => r.HouseholdId ?? -r.Id).Distinct().Count(),
            ReportsReceived = reports.Count, ReportsConfirmed = confirmed.Count,
            ReportsPending = reports.Count(r => r.Status == "submitted"),
            HelpRequests = data.HelpPlaces.Count(h => DivisionCode.Level(h) >= 4 && In(h)),
            Sheltered = sheltered.Count == 0 ? null : sheltered.Sum(s => s.Sheltered),
            IncidentsOpen = open.Count,
            HighestGrade = open.Count == 0 ? null : open.Select(i => i.Grade ?? IncidentGrades.Unclassified).MaxBy(IncidentGrades.Rank),
        };
    }

    // The county's help requests include those that named no village (they start at the county).
    private static StatisticsRow Total(string code, string name, IReadOnlyList<StatisticsRow> towns, int help)
    {
        FigureRange Sum(Func<StatisticsRow, FigureRange> f) => towns.Aggregate(default(FigureRange), (s, r) => s + f(r));
        var known = towns.Where(t => t.Sheltered is not null).ToList();
        var graded = towns.Where(t => t.HighestGrade is not null).ToList();
        return new StatisticsRow
        {
            Code = code, Name = name, IsTotal = true,
            Deaths = Sum(r => r.Deaths), Injured = Sum(r => r.Injured), HousesCollapsed = Sum(r => r.HousesCollapsed),
            HousesUnsafe = Sum(r => r.HousesUnsafe), DirectLoss = Sum(r => r.DirectLoss),
            AffectedHouseholds = towns.Sum(r => r.AffectedHouseholds), ReportsReceived = towns.Sum(r => r.ReportsReceived),
            ReportsConfirmed = towns.Sum(r => r.ReportsConfirmed), ReportsPending = towns.Sum(r => r.ReportsPending),
            HelpRequests = help,
            Sheltered = known.Count == 0 ? null : known.Sum(r => r.Sheltered),
            IncidentsOpen = towns.Sum(r => r.IncidentsOpen),
            HighestGrade = graded.Count == 0 ? null : graded.Select(r => r.HighestGrade!).MaxBy(IncidentGrades.Rank),
        };
    }
}
