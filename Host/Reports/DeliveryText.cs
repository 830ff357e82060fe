using Alerts.Store.Notifications;

namespace Alerts.Host.Reports;

/// <summary>Whether a notification left, in the words of the console's timelines.</summary>
internal static class DeliveryText
{
    public static string Of(NotificationEntry n) => n.State switch
    {
        "sent" => n.Channel switch { "sms" => "已发短信", "wechat" => "已发微信", _ => "已发送" },
        "failed" => "发送失败",
        _ => "待发送",
    };
}
