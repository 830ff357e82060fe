namespace Alerts.Incidents.Upward;

/// <summary>One person reminded of a report up at one step of the clock, in the state the report was in then.</summary>
public sealed record UpwardReminder
{
    public long ReportId { get; init; }
    public int Step { get; init; }
    public long PersonId { get; init; }
    public string Name { get; init; } = "";

    /// <summary>Whose roster they were told from: the county's or the city's 12-digit code.</summary>
    public string RosterCode { get; init; } = "";

    /// <summary>drafted (within the hour, not sent), overdue (the hour passed, not sent), sent (awaiting acknowledgement).</summary>
    public string State { get; init; } = "";
    public DateTimeOffset AtUtc { get; init; }
}
