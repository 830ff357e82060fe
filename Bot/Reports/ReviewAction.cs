namespace Alerts.Bot.Reports;

/// <summary>What a reviewer does with a submitted report: the chat's 确认 / 驳回 / 修改 and the console's buttons.</summary>
public enum ReviewAction
{
    Confirm,
    Reject,
    Correct,
}
