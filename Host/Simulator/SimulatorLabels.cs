using System.Globalization;
using Alerts.Store.Database;

namespace Alerts.Host.Simulator;

/// <summary>The Chinese words the console shows for stored channel, purpose and state values, and China time.</summary>
internal static class SimulatorLabels
{

    public static string Channel(string key) => key switch
    {
        "wechat" => "微信",
        "sms" => "短信",
        "simulator" => "模拟",
        _ => key,
    };

    public static string Purpose(string purpose) => purpose switch
    {
        "reply" => "回复",
        "notice" => "通知",
        "warning" => "预警",
        "code" => "验证码",
        Outbound.OutboundMessenger.PartPurpose => "分条",
        _ => purpose,
    };

    public static string State(string state) => state switch
    {
        "pending" => "待发送",
        "sent" => "已发送",
        "delivered" => "已送达",
        "failed" => "失败",
        "unreachable" => "无法送达",
        "unknown" => "结果未知",
        "simulated" => "模拟",
        _ => state,
    };

    /// <summary>Beijing time (UTC+8, no daylight saving), which is what everyone reading the console lives by.</summary>
    public static string ChinaTime(DateTimeOffset utc) =>
        BeijingTime.Of(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
