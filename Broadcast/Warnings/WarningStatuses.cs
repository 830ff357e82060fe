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

    public static readonly string[] All = [Draft, AwaitingApproval, Published, Updated, Cancelled, Expired];

    public static bool IsUnpublished(string status) => status is Draft or AwaitingApproval;

    /// <summary>The status as officials read it.</summary>
    public static string ChineseName(string status) => status switch
    {
        Draft => "草稿",
        AwaitingApproval => "待审批",
        Published => "已发布",
        Updated => "已更新",
        Cancelled => "已解除",
        Expired => "已过期",
        _ => status,
    };
}
