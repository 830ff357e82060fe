namespace Alerts.Monitoring.Households.Register;

/// <summary>A stored member row with its household, as the register writer reads them back to compare.</summary>
internal sealed record StoredMember
{
    public long HouseholdId { get; init; }
    public int Position { get; init; }
    public string Name { get; init; } = "";
    public string Relation { get; init; } = "";
    public int? BornYear { get; init; }
    public bool OnRegister { get; init; }
    public bool LivesHere { get; init; }
    public bool IsDisabled { get; init; }
    public string? Labour { get; init; }

    public HouseholdMember ToMember() => new()
    {
        Position = Position, Name = Name, Relation = Relation, BornYear = BornYear, OnRegister = OnRegister,
        LivesHere = LivesHere, IsDisabled = IsDisabled, Labour = Labour,
    };
}
