namespace Alerts.Broadcast.Warnings;

/// <summary>A validated warning, ready to be stored: every field present, areas as disjoint division-code prefixes.</summary>
public sealed record WarningDraft
{
    public required HazardFamily Hazard { get; init; }
    public required string Event { get; init; }
    public required WarningLevel Level { get; init; }
    public required string Kind { get; init; }
    public required string Headline { get; init; }
    public required string Description { get; init; }
    public required string Instruction { get; init; }
    public required IReadOnlyList<string> Areas { get; init; }
    public required IReadOnlyList<string> Audiences { get; init; }
    public required DateTimeOffset Effective { get; init; }
    public required DateTimeOffset Expires { get; init; }
    public long? ReferencesId { get; init; }
    public bool Submit { get; init; } = true;
    public string Source { get; init; } = "api";
    public CapOrigin? Origin { get; init; }
    /// <summary>
    /// Exactly these households, when set (a 临灾预报 for a hazard point): targeting reaches their people and nobody else
    /// under the areas. Never from a request's JSON: the Host sets it from the register it trusts.
    /// </summary>
    public IReadOnlyList<long>? Households { get; init; }
}
