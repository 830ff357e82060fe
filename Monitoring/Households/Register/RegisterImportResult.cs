namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// What an import did: households and member rows in the file, how many were new, changed or already so. With any
/// error nothing was written; <see cref="Errors"/> holds the first <see cref="RegisterFile.MaxErrors"/>.
/// </summary>
public sealed record RegisterImportResult
{
    public int Households { get; init; }
    public int Members { get; init; }
    public int Villages { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int ErrorCount { get; init; }
    public IReadOnlyList<RegisterError> Errors { get; init; } = [];
    public bool Succeeded => ErrorCount == 0;

    internal static RegisterImportResult Failed(IReadOnlyList<RegisterError> errors) => new()
    {
        ErrorCount = errors.Count,
        Errors = errors.OrderBy(e => e.Row).Take(RegisterFile.MaxErrors).ToList(),
    };
}
