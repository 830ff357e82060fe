using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Targeting;
using Alerts.Broadcast.Warnings;

namespace Alerts.Host.Pages.Warnings;

/// <summary>What a checked draft would do: who it reaches, and the words each channel would carry.</summary>
internal sealed record ComposePreview(DraftCheck Check, Preview Recipients, WarningMessage Message)
{
    public static readonly string[] Channels = ["wechat", "sms", "none"];

    /// <summary>The preview's rows pivoted by village: name, and people per channel.</summary>
    public IEnumerable<(string Code, string Name, IReadOnlyDictionary<string, long> ByChannel, long Total)> Villages =>
        Recipients.Rows.GroupBy(r => r.VillageCode).Select(g => (g.Key, g.First().VillageName ?? g.Key,
            (IReadOnlyDictionary<string, long>)g.GroupBy(r => r.Channel).ToDictionary(c => c.Key, c => c.Sum(r => r.People)),
            g.Sum(r => r.People)));

    public long ByChannel(string channel) => Recipients.ByChannel.GetValueOrDefault(channel);

    public static string ChannelName(string channel) => channel switch
    {
        "wechat" => "微信",
        "sms" => "短信",
        _ => "无可用渠道",
    };

    public static string AudienceName(string audience) => audience switch
    {
        Audiences.Households => "村民住户",
        Audiences.GridWorkers => "网格员",
        _ => "干部",
    };
}
