namespace Alerts.Incidents.Actions;

/// <summary>A warning issued for an incident: which, its headline and level, and who linked it when.</summary>
public sealed record LinkedWarning
{
    public long WarningId { get; init; }
    public string Headline { get; init; } = "";
    public string Level { get; init; } = "";
    public string Kind { get; init; } = "";
    public DateTimeOffset LinkedUtc { get; init; }
    public string LinkedBy { get; init; } = "";
}
