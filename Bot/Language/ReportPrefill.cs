using System.Text.RegularExpressions;

using Alerts.Bot.Reports;

namespace Alerts.Bot.Language;

/// <summary>
/// Reads a first free-text message ("我家房子被冲垮了，猪也冲走了两头") into <see cref="ReportFacts"/>, so the
/// self-report dialog can skip what is already said. Anything unclear stays null and gets asked.
/// </summary>
internal static partial class ReportPrefill
{
    public static ReportFacts Extract(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return new ReportFacts();
        }

        var clauses = ReportClauses.Split(normalized);
        var (deaths, injured) = Casualties.Count(clauses);
        var (livestockLost, livestockCount) = Livestock(clauses);
        return new ReportFacts
        {
            Hazard = HazardRecognizer.Find(normalized),
            House = House(clauses),
            Deaths = deaths,
            Injured = injured,
            Crops = Crops(clauses),
            LivestockLost = livestockLost,
            LivestockCount = livestockCount,
            Water = Water(normalized),
            Medical = Mentioned(normalized, ReportPhrases.Medical),
            LabourLost = Labour(normalized),
            ForNeighbour = ForNeighbour(normalized),
        };
    }

    private static HouseDamage? House(IEnumerable<ReportClause> clauses)
    {
        HouseDamage? worst = null;
        foreach (var clause in clauses.Where(c => c.Has(ReportTopic.House | ReportTopic.HousePart)))
        {
            // A wall or the roof alone: "墙倒了" is severe damage, not a collapsed house.
            var partOnly = !clause.Has(ReportTopic.House);
            foreach (var match in Phrases.Find(clause.Text, ReportPhrases.House))
            {
                var level = match.Negated ? HouseDamage.None : match.Value;
                level = partOnly && level > HouseDamage.Severe ? HouseDamage.Severe : level;
                worst = worst is null || level > worst ? level : worst;
            }

            if (worst is null && Phrases.Any(clause.Text, ReportPhrases.Fine))
            {
                worst = HouseDamage.None;
            }
        }

        return worst;
    }

    private static CropLoss? Crops(IEnumerable<ReportClause> clauses)
    {
        CropLoss? worst = null;
        foreach (var clause in clauses.Where(c => c.Has(ReportTopic.Crops)))
        {
            foreach (var match in Phrases.Find(clause.Text, ReportPhrases.Crops))
            {
                var level = match.Negated ? CropLoss.None : match.Value;
                if (level == CropLoss.Reduced && !match.Word.Contains('半') && !match.Word.Contains("部分") &&
                    ReportPhrases.Whole.Any(w => clause.Text.AsSpan(0, match.Index).Contains(w, StringComparison.Ordinal)))
                {
                    level = CropLoss.TotalLoss;
                }

                worst = worst is null || level > worst ? level : worst;
            }

            if (worst is null && Phrases.Any(clause.Text, ReportPhrases.Fine))
            {
                worst = CropLoss.None;
            }
        }

        return worst;
    }

    private static (bool? Lost, int? Count) Livestock(IEnumerable<ReportClause> clauses)
    {
        bool? lost = null;
        int? count = null;
        var table = ReportPhrases.LivestockLoss.Select(w => (w, true)).ToArray();
        foreach (var clause in clauses.Where(c => c.Has(ReportTopic.Livestock)))
        {
            foreach (var match in Phrases.Find(clause.Text, table))
            {
                lost = !match.Negated || lost == true;
                if (!match.Negated)
                {
                    count ??= AnimalCount(clause.Text);
                }
            }

            if (lost is null && Phrases.Any(clause.Text, ReportPhrases.Fine))
            {
                lost = false;
            }
        }

        return (lost, count);
    }

    /// <summary>A number with an animal measure word or an animal right after it: "三头猪", "十几只鸡", "死了2头".</summary>
    private static int? AnimalCount(string clause)
    {
        foreach (var n in NumberRecognizer.FindAll(clause))
        {
            var rest = clause[n.End..].TrimStart(ReportNouns.Approximately);
            var next = rest.Length > 0 ? rest[0] : ' ';
            if (ReportNouns.AnimalMeasures.Contains(next) ||
                ReportNouns.Topics.Any(t => t.Topic == ReportTopic.Livestock && rest.StartsWith(t.Word, StringComparison.Ordinal)))
            {
                return (int)Math.Min(n.Value, int.MaxValue);
            }
        }

        return null;
    }

    private static WaterSupply? Water(string normalized)
    {
        var text = Phrases.Mask(normalized, ReportPhrases.FieldWater);
        WaterSupply? worst = null;
        foreach (var match in Phrases.Find(text, ReportPhrases.Water))
        {
            var level = match.Negated ? WaterSupply.Normal : match.Value;
            worst = worst is null || Severity(level) > Severity(worst.Value) ? level : worst;
        }

        return worst;
    }

    // Enum order follows domain.md's wording; for "the worst said" no water is worse than dirty water.
    private static int Severity(WaterSupply w) => w switch
    {
        WaterSupply.Normal => 0,
        WaterSupply.Short => 1,
        WaterSupply.Polluted => 2,
        _ => 3,
    };

    private static bool? Mentioned(string normalized, IEnumerable<string> words)
    {
        var matches = Phrases.Find(normalized, words.Select(w => (w, true)).ToArray());
        return matches.Count == 0 ? null : matches.Any(m => !m.Negated);
    }

    private static bool? Labour(string normalized)
    {
        var matches = Phrases.Find(normalized, ReportPhrases.Labour);
        return matches.Count == 0 ? null : matches.Any(m => m.Value && !m.Negated);
    }

    private static bool ForNeighbour(string normalized)
    {
        if (Phrases.Any(normalized, ReportPhrases.Neighbour))
        {
            return true;
        }

        // "替我妈报", "帮王大爷申报" are for someone else; "帮我报一下" is not.
        var m = OnBehalf().Match(normalized);
        return m.Success && m.Groups["who"].Value is not ("我" or "我们" or "我家" or "俺" or "咱" or "忙");
    }

    [GeneratedRegex("(?:帮|替|代)(?<who>[^,.!?，。！？\\s]{1,6}?)(?:报|申报|登记|反映|上报)")]
    private static partial Regex OnBehalf();
}
