namespace Alerts.Incidents.HazardPoints;

/// <summary>What an import did: points in the file, new, changed, already so. With any error nothing was written.</summary>
public sealed record HazardPointImportResult
{
    public int Points { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<HazardPointError> Errors { get; init; } = [];
    public bool Succeeded => Errors.Count == 0;

    internal static HazardPointImportResult Failed(IEnumerable<HazardPointError> errors) =>
        new() { Errors = [.. errors.OrderBy(e => e.Row).Take(HazardPointCsv.MaxErrors)] };
}
