namespace Alerts.Bench.Webhook;

/// <summary>
/// A whole self-report as a villager types it over WeChat: the first message already says a flood brought the house down, the
/// rest answers the bot's questions in the words people use (since issue 13 a fallen house also asks about food and
/// clothes, and school), the last confirms. Each step is one webhook turn.
/// </summary>
internal static class SelfReportScript
{
    public static readonly string[] Steps =
        ["涨水把我家房子冲垮了", "1", "没有", "减产", "没有", "正常", "五千块", "吃的还有，穿的没得了", "不晓得", "有", "跳过", "对"];

    /// <summary>What the last step's reply must contain, or the script went off the rails.</summary>
    public const string Filed = "报告已提交";
}
