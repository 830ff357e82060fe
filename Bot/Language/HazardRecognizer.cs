namespace Alerts.Bot.Language;

/// <summary>
/// Finds the hazard a message is about: every keyword, longest first at each position (so "山洪" is taken whole and
/// never as "洪"), denied ones dropped ("不是地震"), then the heaviest wins and the earliest breaks a tie. So
/// "暴雨引发山洪" is a flash flood and "下暴雨，屋头进水了" a rainstorm.
/// </summary>
internal static class HazardRecognizer
{
    private static readonly HazardKeyword[] LongestFirst = [.. HazardKeywords.All.OrderByDescending(k => k.Word.Length)];

    public static HazardKind? Recognize(string? text) => Find(TextNormalizer.Normalize(text));

    public static HazardFamily FamilyOf(HazardKind kind) => kind switch
    {
        HazardKind.Rainstorm or HazardKind.Typhoon or HazardKind.Hail or HazardKind.Gale or HazardKind.Lightning
            or HazardKind.Freeze or HazardKind.Heat => HazardFamily.Weather,
        HazardKind.Landslide or HazardKind.DebrisFlow or HazardKind.Collapse or HazardKind.GroundCollapse
            or HazardKind.Earthquake => HazardFamily.Geological, // Anyi's plan counts 地震 among 地质灾害
        // Drought sits with floods: the 水旱 family is what damages drinking water and harvests, and its relief
        // (water trucking, new sources) is the water office's, as in Anyi's plan.
        HazardKind.Flood or HazardKind.FlashFlood or HazardKind.Drought => HazardFamily.Flood,
        _ => HazardFamily.Other,
    };

    /// <summary>The hazard in already normalized text.</summary>
    internal static HazardKind? Find(string normalized)
    {
        HazardKeyword? best = null;
        var i = 0;
        while (i < normalized.Length)
        {
            var match = LongestFirst.FirstOrDefault(k => normalized.AsSpan(i).StartsWith(k.Word));
            if (match.Word is null)
            {
                i++;
                continue;
            }

            if (match.Kind is not null && !Negation.Before(normalized, i) && match.Weight > (best?.Weight ?? -1))
            {
                best = match;
            }

            i += match.Word.Length;
        }

        return best?.Kind;
    }
}
