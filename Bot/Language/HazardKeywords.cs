namespace Alerts.Bot.Language;

/// <summary>
/// Hazard words as villagers and voice recognition write them, including Sichuan/Chongqing usage (垮 = collapse,
/// 堡坎 = retaining wall, 天干 = drought, 凝冻 = freezing rain, 遭雷打 = struck by lightning). Never a single
/// character: "洪" is a surname and "水" is in 水稻 and 水费.
/// </summary>
internal static class HazardKeywords
{
    public static readonly HazardKeyword[] All =
    [
        new("暴雨", HazardKind.Rainstorm, 1), new("大暴雨", HazardKind.Rainstorm, 1), new("特大暴雨", HazardKind.Rainstorm, 1),
        new("强降雨", HazardKind.Rainstorm, 1), new("强降水", HazardKind.Rainstorm, 1), new("大雨", HazardKind.Rainstorm, 1),
        new("雨太大", HazardKind.Rainstorm, 1), new("连续降雨", HazardKind.Rainstorm, 1), new("连日降雨", HazardKind.Rainstorm, 1),
        new("雨下得大", HazardKind.Rainstorm, 1), new("雨下得太大", HazardKind.Rainstorm, 1),

        new("洪水", HazardKind.Flood, 3), new("洪灾", HazardKind.Flood, 3), new("洪涝", HazardKind.Flood, 3),
        new("内涝", HazardKind.Flood, 3), new("决堤", HazardKind.Flood, 3), new("溃坝", HazardKind.Flood, 3),
        new("汛情", HazardKind.Flood, 3), new("发大水", HazardKind.Flood, 2), new("涨水", HazardKind.Flood, 2),
        new("涨大水", HazardKind.Flood, 2), new("水淹", HazardKind.Flood, 2), new("被淹", HazardKind.Flood, 2),
        new("淹了", HazardKind.Flood, 2), new("淹水", HazardKind.Flood, 2), new("淹死", HazardKind.Flood, 2), new("淹没", HazardKind.Flood, 2),
        new("河水漫", HazardKind.Flood, 2), new("漫堤", HazardKind.Flood, 2), new("水漫", HazardKind.Flood, 2),
        new("被水冲", HazardKind.Flood, 2), new("进水", HazardKind.Flood, 1), new("大水", HazardKind.Flood, 1),
        // "冲走/冲垮" alone do not say water: mud and rock wash things away too, so they name no hazard.
        new("水冲", HazardKind.Flood, 2), new("遭水冲", HazardKind.Flood, 2), new("水泡", HazardKind.Flood, 1),
        new("红水", HazardKind.Flood, 2), new("遭淹", HazardKind.Flood, 2),

        new("山洪", HazardKind.FlashFlood, 3), new("山洪暴发", HazardKind.FlashFlood, 3),
        new("山水下来", HazardKind.FlashFlood, 2),

        new("滑坡", HazardKind.Landslide, 3), new("山体滑坡", HazardKind.Landslide, 3), new("塌方", HazardKind.Landslide, 3),
        new("山体垮塌", HazardKind.Landslide, 3), new("边坡垮塌", HazardKind.Landslide, 3), new("垮山", HazardKind.Landslide, 2),
        new("山垮", HazardKind.Landslide, 2), new("山上垮", HazardKind.Landslide, 2), new("坡垮", HazardKind.Landslide, 2),
        new("坡塌", HazardKind.Landslide, 2), new("山塌", HazardKind.Landslide, 2), new("堡坎垮", HazardKind.Landslide, 2),
        new("保坎垮", HazardKind.Landslide, 2), new("土垮下来", HazardKind.Landslide, 2), new("垮下来", HazardKind.Landslide, 1),
        new("山滑", HazardKind.Landslide, 2), new("滑下来", HazardKind.Landslide, 1), new("滑破", HazardKind.Landslide, 3),
        new("坎子", HazardKind.Landslide, 2), new("坎坎垮", HazardKind.Landslide, 2), new("坡坡", HazardKind.Landslide, 2),
        new("山上垮下来", HazardKind.Landslide, 2),

        new("泥石流", HazardKind.DebrisFlow, 3), new("泥石榴", HazardKind.DebrisFlow, 3), new("泥巴冲下来", HazardKind.DebrisFlow, 2),
        new("泥浆冲下来", HazardKind.DebrisFlow, 2),

        new("崩塌", HazardKind.Collapse, 3), new("落石", HazardKind.Collapse, 3), new("滚石", HazardKind.Collapse, 3),
        new("危岩", HazardKind.Collapse, 3), new("岩崩", HazardKind.Collapse, 3), new("垮岩", HazardKind.Collapse, 2),
        new("石头滚下来", HazardKind.Collapse, 2), new("石头掉下来", HazardKind.Collapse, 2),
        new("石头垮下来", HazardKind.Collapse, 2), new("岩石垮", HazardKind.Collapse, 2),

        new("地面塌陷", HazardKind.GroundCollapse, 3), new("地陷", HazardKind.GroundCollapse, 3),
        new("塌陷", HazardKind.GroundCollapse, 3), new("地面下沉", HazardKind.GroundCollapse, 3),
        new("地面沉降", HazardKind.GroundCollapse, 3), new("地裂缝", HazardKind.GroundCollapse, 3),
        new("地面开裂", HazardKind.GroundCollapse, 3), new("地塌", HazardKind.GroundCollapse, 2),
        new("天坑", HazardKind.GroundCollapse, 2),

        new("台风", HazardKind.Typhoon, 3),
        new("冰雹", HazardKind.Hail, 3), new("雹子", HazardKind.Hail, 3),
        new("龙卷风", HazardKind.Gale, 3), new("强对流", HazardKind.Gale, 3), new("雷雨大风", HazardKind.Gale, 3),
        new("大风", HazardKind.Gale, 2), new("狂风", HazardKind.Gale, 2), new("暴风", HazardKind.Gale, 2),
        new("风太大", HazardKind.Gale, 2), new("被风吹", HazardKind.Gale, 2), new("风吹倒", HazardKind.Gale, 2),
        new("风刮", HazardKind.Gale, 2), new("遭风", HazardKind.Gale, 2), new("风吹", HazardKind.Gale, 2), new("风好大", HazardKind.Gale, 2), new("风很大", HazardKind.Gale, 2),
        new("雷击", HazardKind.Lightning, 3), new("雷电", HazardKind.Lightning, 3), new("雷劈", HazardKind.Lightning, 3),
        // Thunder comes with most rainstorms: alone it is lightning, beside rain the rain did the damage.
        new("雷打", HazardKind.Lightning, 2), new("打雷", HazardKind.Lightning, 0),

        new("冰冻", HazardKind.Freeze, 3), new("雪灾", HazardKind.Freeze, 3), new("暴雪", HazardKind.Freeze, 3),
        new("冻雨", HazardKind.Freeze, 3), new("凝冻", HazardKind.Freeze, 3), new("霜冻", HazardKind.Freeze, 3),
        new("大雪", HazardKind.Freeze, 2), new("结冰", HazardKind.Freeze, 2), new("雪压", HazardKind.Freeze, 2),
        new("冻死", HazardKind.Freeze, 1), new("冻坏", HazardKind.Freeze, 1),

        new("干旱", HazardKind.Drought, 3), new("旱灾", HazardKind.Drought, 3), new("旱情", HazardKind.Drought, 3),
        new("大旱", HazardKind.Drought, 3), new("天干", HazardKind.Drought, 2), new("田里缺水", HazardKind.Drought, 2),
        new("地里缺水", HazardKind.Drought, 2), new("庄稼缺水", HazardKind.Drought, 2), new("田干了", HazardKind.Drought, 2),
        new("好久没下雨", HazardKind.Drought, 2), new("干死", HazardKind.Drought, 1), new("干裂", HazardKind.Drought, 1),

        new("高温", HazardKind.Heat, 3), new("中暑", HazardKind.Heat, 2), new("酷热", HazardKind.Heat, 2),
        new("太热", HazardKind.Heat, 1), new("好热", HazardKind.Heat, 1), new("热死", HazardKind.Heat, 1),
        new("地震", HazardKind.Earthquake, 3), new("余震", HazardKind.Earthquake, 3), new("震垮", HazardKind.Earthquake, 2),

        new("火灾", HazardKind.Fire, 3), new("失火", HazardKind.Fire, 3), new("着火", HazardKind.Fire, 3),
        new("起火", HazardKind.Fire, 3), new("山火", HazardKind.Fire, 3), new("烧毁", HazardKind.Fire, 2),
        new("烧光", HazardKind.Fire, 2), new("火烧", HazardKind.Fire, 2), new("烧了", HazardKind.Fire, 1),

        new("其他", HazardKind.Other, 0), new("其它", HazardKind.Other, 0), new("别的", HazardKind.Other, 0),

        // Look-alikes, consumed so that the hazard word inside them never matches.
        new("手机进水", null, 9), new("涨水费", null, 9), new("发烧", null, 9), new("风水", null, 9),
        new("大风车", null, 9), new("经济滑坡", null, 9), new("其他还好", null, 9), new("其它还好", null, 9),
        new("其他都好", null, 9), new("其他都还好", null, 9), new("垮下来的墙", null, 9),
    ];
}
