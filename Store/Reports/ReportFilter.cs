namespace Alerts.Store.Reports;

/// <summary>
/// Which reports a list shows: always those under <see cref="Prefix"/> (a jurisdiction's division prefix), narrowed by
/// the optional rest. <see cref="SubmittedBefore"/> keeps only reports still waiting that were filed before it (overdue).
/// </summary>
public sealed record ReportFilter(string Prefix)
{
    public string? VillageCode { get; init; }
    public string? Status { get; init; }
    public string? Hazard { get; init; }
    public DateTimeOffset? FromUtc { get; init; }
    public DateTimeOffset? ToUtc { get; init; }
    public DateTimeOffset? SubmittedBefore { get; init; }
}
