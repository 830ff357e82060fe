namespace Alerts.Store.Reports;

/// <summary>A monitoring candidate as officials review it: the household, the report behind it, the assessment.</summary>
public sealed record CandidateRow
{
    public long Id { get; init; }
    public required string Status { get; init; }
    public required string VillageCode { get; init; }
    public required string VillageName { get; init; }
    public string? HeadName { get; init; }
    public string? Address { get; init; }
    public required string ReportNumber { get; init; }
    public required string Hazard { get; init; }
    public required string ObjectType { get; init; }
    public required string RiskTypes { get; init; }
    public bool RedWarning { get; init; }
    public int? PerCapitaIncomeYuan { get; init; }
    public required string Explanation { get; init; }
    public required string DeadlineOn { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
}
