namespace Alerts.Bot.Language;

/// <summary>
/// One hazard word. <see cref="Kind"/> null marks a look-alike that must consume its text and mean nothing
/// ("手机进水", "发烧"). <see cref="Weight"/>: 3 names the hazard, 2 is how people describe it, 1 is a cause or a
/// consequence that only hints at it (暴雨 brings floods, 冲垮 follows them); the heaviest word in a message wins.
/// </summary>
internal readonly record struct HazardKeyword(string Word, HazardKind? Kind, int Weight);
