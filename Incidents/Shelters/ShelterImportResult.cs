namespace Alerts.Incidents.Shelters;

/// <summary>
/// What an import did: with any error nothing was written (all or nothing) and the counts are zero. Importing the same
/// file again creates nothing: every row is <see cref="Unchanged"/>.
/// </summary>
public sealed record ShelterImportResult(int Created, int Updated, int Unchanged, IReadOnlyList<ShelterImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ShelterImportResult Refused(IReadOnlyList<ShelterImportError> errors) => new(0, 0, 0, errors);
}
