using Alerts.Store.Reports;

namespace Alerts.Incidents.Figures;

/// <summary>
/// What one confirmed report adds to an incident's figures: its deaths and injured, its house when collapsed or unsafe
/// (one household each), and the loss it states as direct loss (its range as said). The one rule for reading a report
/// into figures: the incident's figures and the daily statistics both use it. A loss answered "不知道" adds nothing,
/// and nothing is guessed for what a report does not say (missing people, people to relocate).
/// </summary>
public static class ReportFigures
{
    public static IReadOnlyDictionary<string, FigureRange> Of(ReportRecord r)
    {
        var figures = new Dictionary<string, FigureRange>
        {
            [FigureKeys.Deaths] = FigureRange.Exactly(r.Deaths),
            [FigureKeys.Injured] = FigureRange.Exactly(r.Injured),
        };
        var house = ReportAnswerKeys.ParseHouse(r.House);
        if (house == HouseDamage.Collapsed) figures[FigureKeys.HousesCollapsed] = FigureRange.Exactly(1);
        if (house == HouseDamage.Unsafe) figures[FigureKeys.HousesUnsafe] = FigureRange.Exactly(1);
        if (r.IncomeLostYuan is { } least) figures[FigureKeys.DirectLoss] = new FigureRange(least, r.IncomeLostMaxYuan ?? least);
        return figures;
    }
}
