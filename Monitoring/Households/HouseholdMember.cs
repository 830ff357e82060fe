namespace Alerts.Monitoring.Households;

/// <summary>One person as the village register lists them; position 1 is the head (户主).</summary>
public sealed record HouseholdMember
{
    public int Position { get; init; }
    public required string Name { get; init; }

    /// <summary>与户主关系, as the register writes it (户主, 配偶, 子女 …).</summary>
    public required string Relation { get; init; }

    public int? BornYear { get; init; }

    /// <summary>户籍在本户.</summary>
    public bool OnRegister { get; init; } = true;

    /// <summary>实际共同生活: what the household's size counts (policy 003).</summary>
    public bool LivesHere { get; init; } = true;

    public bool IsDisabled { get; init; }

    /// <summary>full, weak, none, or null when the register does not say.</summary>
    public string? Labour { get; init; }
}
