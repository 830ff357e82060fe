namespace Alerts.Monitoring.Measures;

/// <summary>
/// Proposes measures for a case by its risk types and the household's labour capacity ("缺啥补啥", policy 003 六):
/// with labour, developmental help first (产业、就业); weak labour, the public-welfare jobs of reconstruction first
/// (004 三(二)4); without labour, social protection first and never industry or employment. An unrecorded capacity
/// stays unknown: only the measures that do not depend on it are proposed. Officials choose.
/// </summary>
public sealed class MeasureAdvisor(MeasureCatalog catalog)
{
    public IReadOnlyList<Measure> Propose(IReadOnlyCollection<string> riskTypes, string? labour) =>
        catalog.All
            .Where(m => m.FitsRisks(riskTypes))
            .Where(m => labour is null ? m.Labour.Count == 0 : m.FitsLabour(labour) && !m.IsBarredFor(labour))
            .OrderBy(m => Rank(m, labour))
            .ToList();

    // Stable within a rank: the catalogue's own order.
    private static int Rank(Measure m, string? labour) => (labour, m.Group) switch
    {
        (LabourCapacity.Full, "industry" or "employment") => 0,
        (LabourCapacity.Weak, "employment") => 0,
        (LabourCapacity.None, "social_protection") => 0,
        _ => 1,
    };
}
