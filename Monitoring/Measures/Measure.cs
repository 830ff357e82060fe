namespace Alerts.Monitoring.Measures;

/// <summary>One help measure of the catalogue (Data/measures.json): which labour capacities and risk types it fits.</summary>
public sealed record Measure
{
    public required string Key { get; init; }
    public required string Name { get; init; }

    /// <summary>industry, employment, social_protection, temporary_assistance, housing, water, farm, insurance.</summary>
    public required string Group { get; init; }
    public required string GroupName { get; init; }

    /// <summary>The capacities it fits (full, weak, none); empty = any.</summary>
    public required IReadOnlyList<string> Labour { get; init; }

    /// <summary>The case risk types (Chinese names) it answers; empty = any.</summary>
    public required IReadOnlyList<string> Risks { get; init; }

    /// <summary>The policy text that names it, e.g. "003 六(四)".</summary>
    public required string Policy { get; init; }

    /// <summary>开发式帮扶: industry and employment, which need someone able to work.</summary>
    public bool IsDevelopmental => Group is "industry" or "employment";

    /// <summary>Policy 003 二(二), 004 三(二)4: a household without labour gets social protection, never 产业/就业.</summary>
    public bool IsBarredFor(string? labour) => labour == LabourCapacity.None && IsDevelopmental;

    public bool FitsLabour(string labour) => Labour.Count == 0 || Labour.Contains(labour);

    public bool FitsRisks(IReadOnlyCollection<string> risks) => Risks.Count == 0 || Risks.Any(risks.Contains);
}
