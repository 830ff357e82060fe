using System.Globalization;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Database;

namespace Alerts.Host.Pages.Warnings;

/// <summary>How the warning pages write a warning's keys and times for officials: in Chinese, in Beijing time.</summary>
internal static class WarningDisplay
{
    public static string Time(DateTimeOffset time) =>
        BeijingTime.Of(time).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Level(Warning w) => $"{w.WarningLevel.ChineseName()}";

    public static string LevelClass(Warning w) => "level level-" + w.Level;

    public static string Hazard(Warning w) => w.Family.ChineseName();

    public static string Kind(Warning w) => WarningKinds.ChineseName(w.Kind);

    public static string Status(string status) => WarningStatuses.ChineseName(status);

    public static string Audience(string audience) => audience switch
    {
        Audiences.Households => "村民",
        Audiences.GridWorkers => "网格员",
        Audiences.Officials => "干部",
        _ => audience,
    };

    public static string Channel(string channel) => channel switch
    {
        "wechat" => "微信",
        "sms" => "短信",
        "simulator" => "模拟器",
        "unassigned" => "未分配",
        _ => channel,
    };

    public static string HazardName(HazardFamily family) => family.ChineseName();
}
