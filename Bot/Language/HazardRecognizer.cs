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

    /// <summary>The family of a hazard, as Store's <see cref="Alerts.Store.Reports.ReportHazards"/> writes it once.</summary>
    public static HazardFamily FamilyOf(HazardKind kind) =>
        Enum.Parse<HazardFamily>(Alerts.Store.Reports.ReportHazards.FamilyOf(Reports.ReportKeys.Hazards[kind]), ignoreCase: true);

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
