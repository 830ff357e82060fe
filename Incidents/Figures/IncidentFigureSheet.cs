namespace Alerts.Incidents.Figures;

/// <summary>
/// An incident's figures with their sources, and what adds no number: reports not (yet) confirmed ("报告100013：待核实"),
/// help requests and 险情通报 (listed so an official sees them).
/// </summary>
public sealed record IncidentFigureSheet(IReadOnlyList<IncidentFigure> Figures, IReadOnlyList<string> Pending, IReadOnlyList<string> Listed)
{
    public IncidentFigure this[string key] => Figures.First(f => f.Key == key);

    /// <summary>The figures in force by key (unknown ones left out), as a grade and its history record them.</summary>
    public IReadOnlyDictionary<string, FigureRange> InForce =>
        Figures.Where(f => f.InForce is not null).ToDictionary(f => f.Key, f => f.InForce!.Value);
}
