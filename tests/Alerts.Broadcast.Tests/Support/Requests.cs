using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Tests.Support;

/// <summary>Valid warning requests to vary in tests.</summary>
public static class Requests
{
    public const string Town = "500112101";
    public const string OtherTown = "500112102";

    public static WarningRequest Gale(params string[] areas) => new()
    {
        Hazard = "weather", Event = "大风", Level = "yellow", Kind = "warning",
        Headline = "大风黄色预警", Description = "预计今天夜间有7级以上大风。", Areas = areas.Length == 0 ? [Town] : areas,
    };

    public static WarningRequest Landslide(string kind = "forecast", params string[] areas) => new()
    {
        Hazard = "geological", Event = "滑坡", Level = "orange", Kind = kind,
        Headline = "滑坡临灾预报", Description = "金坪村后山出现裂缝，预计24小时内可能滑坡。", Areas = areas.Length == 0 ? [Town] : areas,
    };
}
