namespace Alerts.Monitoring.Households;

/// <summary>One line of a household search: enough to pick the record.</summary>
public sealed record HouseholdSummary
{
    public long Id { get; init; }
    public required string VillageCode { get; init; }
    public string? VillageName { get; init; }
    public string? RegisterNo { get; init; }
    public required string HeadName { get; init; }
    public int LivingMembers { get; init; }
    public int RegisterRows { get; init; }
    public int EnrolledPeople { get; init; }
    public int Size => HouseholdSize.Of(LivingMembers, RegisterRows, EnrolledPeople);
    public int? IncomePerPersonYuan { get; init; }
    public int? IncomeYear { get; init; }
    public bool IsLiftedOut { get; init; }
    public bool IsMonitored { get; init; }
}
