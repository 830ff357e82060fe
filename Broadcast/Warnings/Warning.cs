namespace Alerts.Broadcast.Warnings;

/// <summary>A row of <c>warnings</c>. Hazard, level, kind and status hold their stored keys (weather, red, …).</summary>
public sealed record Warning
{
    public long Id { get; init; }
    public required string Identifier { get; init; }
    public required string Hazard { get; init; }
    public required string Event { get; init; }
    public required string Level { get; init; }
    public required string Kind { get; init; }
    public required string Headline { get; init; }
    public required string Description { get; init; }
    public required string Instruction { get; init; }
    public required string Audiences { get; init; }
    public DateTimeOffset EffectiveUtc { get; init; }
    public DateTimeOffset ExpiresUtc { get; init; }
    public required string Status { get; init; }
    public long? ReferencesId { get; init; }
    public bool GreenChannel { get; init; }
    public long? CreatedBy { get; init; }
    public long? ApprovedBy { get; init; }
    public required string Source { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset? PublishedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
    public required string TargetingState { get; init; }
    public long TargetingAfter { get; init; }

    /// <summary>Division-code prefixes (from <c>warning_areas</c>), filled in by the store.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    public HazardFamily Family => Enum.Parse<HazardFamily>(Hazard, ignoreCase: true);

    public WarningLevel WarningLevel => Enum.Parse<WarningLevel>(Level, ignoreCase: true);

    public string[] AudienceList => Warnings.Audiences.Split(Audiences);

    public string Subject => $"warning:{Id}";
}
