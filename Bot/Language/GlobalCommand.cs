namespace Alerts.Bot.Language;

/// <summary>Words that work anywhere in a conversation, whatever was asked.</summary>
internal enum GlobalCommand
{
    None,
    Menu,        // 菜单, 帮助, ?, 0
    Cancel,      // 取消, 退出, 不报了, 算了 (alone)
    Restart,     // 重新开始, 重来
    Human,       // 人工, 找网格员, 打电话给我
    Warnings,    // 预警, 有预警吗
    Progress,    // 进度, 我的报告
    Pending,     // 待核实 (grid workers)
    Acknowledge, // 收到, 已转移, or 1, only in reply to a warning
    HelpRequest, // 救命, 需要帮助, 被困; 2 only in reply to a warning
}
