namespace Alerts.Broadcast.Warnings;

/// <summary>The values of <c>warnings.status</c>: draft → awaiting_approval → published → updated / cancelled / expired.</summary>
public static class WarningStatuses
{
    public const string Draft = "draft";
    public const string AwaitingApproval = "awaiting_approval";
    public const string Published = "published";
    public const string Updated = "updated";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";

    public static bool IsUnpublished(string status) => status is Draft or AwaitingApproval;
}
