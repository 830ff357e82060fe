namespace Alerts.Monitoring.Households.Register;

/// <summary>One valid row of a register file: whose household, the member, and the household columns it carries.</summary>
internal sealed record RegisterRow
{
    public int Row { get; init; }
    public required string VillageCode { get; init; }
    public string? VillageName { get; init; }
    public required string RegisterNo { get; init; }
    public required HouseholdMember Member { get; init; }
    public required RegisterHouseholdCells Household { get; init; }
    public bool IsHead => Member.Relation == RegisterColumns.Head;
}
