namespace Alerts.Monitoring.Platform;

/// <summary>An enrolled case not yet keyed into the provincial platform, with what the export may show of it.</summary>
public sealed record PlatformRow
{
    public long CaseId { get; init; }
    public required string VillageCode { get; init; }
    public required string VillageName { get; init; }
    public string? RegisterNo { get; init; }
    public string? HeadName { get; init; }

    /// <summary>Members living together as the register lists them; null when no register was imported.</summary>
    public int? Members { get; init; }
    public string? ObjectType { get; init; }
    public required string RiskTypes { get; init; }
    public int? PerCapitaIncomeYuan { get; init; }
    public required string Source { get; init; }
    public DateTimeOffset OpenedUtc { get; init; }
    public DateTimeOffset? VillageReviewedUtc { get; init; }
    public DateTimeOffset? TownRevisitedUtc { get; init; }
    public DateTimeOffset? EnrolledUtc { get; init; }
    public string? HelperName { get; init; }
    public bool RedWarning { get; init; }
}
