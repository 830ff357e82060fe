namespace Alerts.Bot.Language;

/// <summary>
/// The words of <see cref="GlobalCommands"/>. A command must be the whole message (or every clause of it), so
/// "算了" cancels but "算了一下损失两千" does not, and "帮助" opens the menu but "需要帮助" asks for help.
/// </summary>
internal static class CommandWords
{
    public static readonly (string, GlobalCommand)[] Whole = Build(
    [
        (GlobalCommand.Menu, ["菜单", "帮助", "help", "menu", "?", "0", "主菜单", "返回菜单", "功能", "怎么用", "使用说明"]),
        (GlobalCommand.Cancel,
        [
            "取消", "退出", "不报了", "算了", "不弄了", "不搞了", "不填了", "结束", "取消报告", "取消申报", "cancel",
            "quit", "exit",
        ]),
        (GlobalCommand.Restart, ["重新开始", "重来", "从头开始", "重新来", "重新报", "重新填", "从头来", "重新来过", "再来一次", "重新报一次"]),
        (GlobalCommand.Human,
        [
            "人工", "人工服务", "转人工", "找人", "找网格员", "网格员", "打电话给我", "给我打电话", "联系网格员", "找村干部",
            "村干部", "真人", "客服", "找真人", "网格员电话", "网格员电话多少", "网格员的电话",
        ]),
        (GlobalCommand.Warnings, ["预警", "有预警吗", "最新预警", "预警信息", "天气预警", "有没有预警", "今天有预警吗"]),
        (GlobalCommand.Progress,
        [
            "进度", "我的报告", "处理到哪了", "处理到哪里了", "报告进度", "我的申报", "办得怎么样了", "处理得怎么样了",
            "到哪一步了", "处理结果",
        ]),
        (GlobalCommand.Pending, ["待核实", "核实列表", "待审核", "待办", "待处理"]),
    ]);

    // Taken off the front of a command: "我要取消", "帮我转人工", "查一下进度", "看看预警".
    public static readonly string[] Prefixes =
    [
        "我想要", "我要", "我想", "麻烦", "帮我", "给我", "请", "查一下", "查询", "查看", "看一下", "看看", "查", "看", "我",
    ];

    // Clauses that may accompany a command or an acknowledgement without changing it.
    public static readonly string[] Courtesy = ["谢谢", "谢谢你", "谢谢你们", "谢谢了", "辛苦了", "你好", "您好", "麻烦了"];

    public static readonly string[] Acknowledgements =
    [
        "收到", "已收到", "收到了", "知道了", "晓得了", "晓得", "知道", "明白", "明白了", "了解", "已阅", "好的", "好",
        "嗯", "嗯嗯", "ok", "好的收到", "已转移", "转移了", "已经转移", "已经转移了", "已撤离", "撤离了", "已经撤离",
        "撤了", "已经撤了", "安全", "我们安全", "已经安全", "人都安全", "到安全的地方了",
    ];

    // Found anywhere in the message, unless denied just before ("不需要帮助", "没有被困"): a missed call for help
    // costs more than an unneeded one.
    public static readonly string[] HelpAnywhere =
    [
        "需要帮助", "需要帮忙", "需要救援", "救命", "救救我", "求救", "求助", "帮帮我", "帮帮忙", "快来人", "被困",
        "困住了", "困在", "出不去", "出不来", "走不了", "快来救", "有危险", "很危险", "太危险", "救人",
        // People hurt or buried, and how Chongqing says it (遭 = 被, 倒/到 after a verb = 着): "遭埋了", "压倒人了".
        "有人受伤", "有人伤了", "人受伤了", "伤得很重", "被埋", "遭埋", "着埋", "埋到人", "埋倒人", "埋了人", "人埋了",
        "人被压", "压到人", "压倒人", "人被冲走", "人遭冲走", "冲走了人", "有人落水", "人掉进河",
        // Voice-to-text mishearings of 救命.
        "就命啊", "救名啊",
    ];

    public static readonly string[] HelpWhole = ["来人", "救", "help me", "sos"];

    private static (string, GlobalCommand)[] Build((GlobalCommand Command, string[] Words)[] groups) =>
        [.. groups.SelectMany(g => g.Words.Select(w => (w, g.Command)))];
}
