using Alerts.Store.Households;
using Alerts.Store.Inbound;
using Alerts.Store.People;
using Alerts.Store.Reports;

namespace Alerts.Host.Reports;

/// <summary>Everything the console's report page shows, read once per request.</summary>
internal sealed record ReportPage
{
    public required ReportRecord Report { get; init; }
    public required string VillageName { get; init; }
    public required IReadOnlyList<(string Question, string Answer)> Answers { get; init; }
    public Person? Reporter { get; init; }
    public Household? Household { get; init; }
    public required IReadOnlyList<InboundHistoryEntry> Messages { get; init; }
    public required int PhotoCount { get; init; }
    /// <summary>Who confirmed or rejected it (from the audit log); null while it waits.</summary>
    public string? ReviewedBy { get; init; }
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }
    /// <summary>The monitoring candidate (防返贫监测) its confirmation made, if any.</summary>
    public Alerts.Monitoring.Cases.CaseRow? Candidate { get; init; }
    public IReadOnlyList<string> CandidateRisks =>
        Candidate is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<string>>(Candidate.RiskTypes) ?? [];
}
