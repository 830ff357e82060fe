using Alerts.Store.Reports;

namespace Alerts.Bot.Reports;

/// <summary>
/// The result of a review, with what the reviewer is told: <see cref="CandidateNote"/> when a confirmed report made a
/// monitoring candidate (防返贫监测候选), <see cref="CorrectionLabel"/> for a correction ("房屋 倒塌").
/// </summary>
public sealed record ReviewOutcome(ReviewResult Result, ReportRecord? Report, string? CandidateNote = null,
    string? CorrectionLabel = null)
{
    public bool Changed => Result is ReviewResult.Confirmed or ReviewResult.Rejected or ReviewResult.Corrected;
}
