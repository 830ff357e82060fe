namespace Alerts.Monitoring.Cases;

/// <summary>A monitoring case as officials list it: the household, the clue behind it, the assessment, the clock.</summary>
public sealed record CaseRow
{
    public long Id { get; init; }

    /// <summary>identifying, monitored, declined or exited.</summary>
    public required string Status { get; init; }

    /// <summary>The last identification step recorded: clue, village_reviewed, town_revisited, county_decided, platform_entered.</summary>
    public required string Stage { get; init; }

    /// <summary>self_report, application, grid_visit or department_screening.</summary>
    public required string Source { get; init; }
    public required string VillageCode { get; init; }
    public required string VillageName { get; init; }
    public long? HouseholdId { get; init; }
    public string? HeadName { get; init; }
    public string? Address { get; init; }

    /// <summary>The first report the case rests on, if it came from one.</summary>
    public string? ReportNumber { get; init; }
    public string? Hazard { get; init; }

    /// <summary>Null until the household's income and register status make it known.</summary>
    public string? ObjectType { get; init; }
    public required string RiskTypes { get; init; }
    public bool RedWarning { get; init; }
    public int? PerCapitaIncomeYuan { get; init; }
    public required string Explanation { get; init; }
    public DateTimeOffset OpenedUtc { get; init; }
    public required string DeadlineOn { get; init; }
    public long? HelperId { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
}
