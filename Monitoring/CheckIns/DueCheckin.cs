namespace Alerts.Monitoring.CheckIns;

/// <summary>A monitored case whose weekly visit is due and whose helper has not been reminded for this due date.</summary>
internal sealed record DueCheckin
{
    public long Id { get; init; }
    public long HelperId { get; init; }
    public string? HeadName { get; init; }
    public required string VillageName { get; init; }
    public DateTimeOffset NextCheckinDueUtc { get; init; }
}
