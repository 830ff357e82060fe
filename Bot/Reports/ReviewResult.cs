namespace Alerts.Bot.Reports;

/// <summary>How a review ended. Only the first three changed anything.</summary>
public enum ReviewResult
{
    Confirmed,
    Rejected,
    Corrected,
    /// <summary>No such report, or not one this reviewer may review (the two are answered alike).</summary>
    NotFound,
    AlreadyReviewed,
    ReasonMissing,
    CorrectionNotUnderstood,
}
