namespace Alerts.Monitoring.Care;

/// <summary>What the steps after enrolment need of a case: its state, its household, the helper and the next visit.</summary>
public sealed record CareCase
{
    public long Id { get; init; }
    public required string Status { get; init; }
    public required string VillageCode { get; init; }
    public required string VillageName { get; init; }
    public long? HouseholdId { get; init; }
    public string? HeadName { get; init; }

    /// <summary>帮扶责任人, from the household's record.</summary>
    public long? HelperId { get; init; }
    public string? HelperName { get; init; }
    public DateTimeOffset? EnrolledUtc { get; init; }
    public DateTimeOffset? NextCheckinDueUtc { get; init; }

    /// <summary>JSON array of the Chinese risk type names.</summary>
    public string RiskTypes { get; init; } = "[]";

    /// <summary>full, weak or none; null when the register does not say.</summary>
    public string? Labour { get; init; }
    public bool RedWarning { get; init; }

    /// <summary>"张三家（某村，案例 12）": how notices name the household to staff.</summary>
    public string Label => $"{HeadName ?? "（户主不详）"}家（{VillageName}，案例{Id}）";

    public IReadOnlyList<string> RiskTypeNames =>
        System.Text.Json.JsonSerializer.Deserialize<string[]>(RiskTypes) ?? [];
}
