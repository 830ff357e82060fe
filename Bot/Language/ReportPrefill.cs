using System.Text.RegularExpressions;

using Alerts.Bot.Reports;

namespace Alerts.Bot.Language;

/// <summary>
/// Reads a first free-text message ("我家房子被冲垮了，猪也冲走了两头") into <see cref="ReportFacts"/>, so the
/// self-report dialog can skip what is already said. Anything unclear stays null and gets asked: a wrong fact is
/// worse than a question. The same reading serves an answer to one question, with that question's topic as the
/// subject of an answer that names none ("垮了" to the house question).
/// </summary>
internal static partial class ReportPrefill
{
    public static ReportFacts Extract(string? text, ReportTopic asked = ReportTopic.None)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return new ReportFacts();
        }

        var clauses = ReportClauses.Split(normalized, asked);
        var (deaths, injured) = Casualties.Count(clauses, out var countMissing);
        var (livestockLost, livestockCount) = Livestock(clauses);
        var (loss, medicalCost) = AmountRecognizer.InMessage(normalized);
        return new ReportFacts
        {
            Hazard = HazardRecognizer.Find(normalized),
            DaysAgo = DayWords.DaysAgo(normalized),
            House = House(clauses),
            Deaths = deaths,
            Injured = injured,
            CountMissing = countMissing,
            Crops = Crops(clauses),
            LivestockLost = livestockLost,
            LivestockCount = livestockCount,
            Water = Water(normalized),
            Medical = medicalCost is not null ? true : Mentioned(normalized, ReportPhrases.Medical),
            MedicalCost = medicalCost,
            Loss = loss,
            LabourLost = Labour(normalized, clauses),
            ForNeighbour = ForNeighbour(normalized),
        };
    }

    private static HouseDamage? House(IEnumerable<ReportClause> clauses)
    {
        HouseDamage? worst = null;
        foreach (var clause in clauses.Where(c => c.Has(ReportTopic.House | ReportTopic.HousePart | ReportTopic.Home)))
        {
            // A wall, the kitchen, the pigsty, or "half of it": its fall is partial damage, not a collapsed house.
            var partOnly = !clause.Has(ReportTopic.House | ReportTopic.Home);
            var part = partOnly || Phrases.Any(clause.Text, ReportPhrases.PartOfIt);
            foreach (var match in Phrases.Find(clause.Text, ReportPhrases.House))
            {
                if (match.Negated && match.Value != HouseDamage.Minor)
                {
                    continue; // "房子没垮" says what did not happen, not how the house is
                }

                if (!partOnly && ReportPhrases.AmbiguousForWholeHouse.Contains(match.Word) && !part)
                {
                    continue;
                }

                var level = match.Negated ? HouseDamage.None : match.Value;
                level = part && level == HouseDamage.Collapsed ? HouseDamage.Partial : level;
                worst = worst is null || level > worst ? level : worst;
            }

            // "屋头人都好好的" is about the household, not the building.
            if (worst is null && clause.Has(ReportTopic.House | ReportTopic.HousePart) && Phrases.Any(clause.Text, ReportPhrases.Fine))
            {
                worst = HouseDamage.None;
            }
        }

        return worst;
    }

    private static CropLoss? Crops(IEnumerable<ReportClause> clauses)
    {
        CropLoss? said = null, inferred = null;
        foreach (var clause in clauses.Where(c => c.Has(ReportTopic.Crops)))
        {
            foreach (var match in Phrases.Find(clause.Text, ReportPhrases.Crops))
            {
                var level = match.Negated ? CropLoss.None : match.Value;
                said = said is null || level > said ? level : said;
            }

            foreach (var match in Phrases.Find(clause.Text, ReportPhrases.CropDamage.Select(w => (w, true)).ToArray()))
            {
                var whole = ReportPhrases.Whole.Any(w => clause.Text.AsSpan(0, match.Index).Contains(w, StringComparison.Ordinal));
                if (match.Negated) inferred ??= CropLoss.None;
                else if (whole) inferred = CropLoss.TotalLoss;
            }

            if (said is null && inferred is null && Phrases.Any(clause.Text, ReportPhrases.Fine))
            {
                said = CropLoss.None;
            }
        }

        return said ?? inferred;
    }

    private static (bool? Lost, int? Count) Livestock(IEnumerable<ReportClause> clauses)
    {
        bool? lost = null;
        var counts = new List<YuanRange>();
        var table = ReportPhrases.LivestockLoss.Select(w => (w, true)).ToArray();
        foreach (var clause in clauses)
        {
            foreach (var match in Phrases.Find(clause.Text, table))
            {
                if (ReportClauses.SubjectOf(clause, match.Index, match.End).Subject != ReportTopic.Livestock)
                {
                    continue;
                }

                lost = !match.Negated || lost == true;
                if (!match.Negated)
                {
                    counts.AddRange(AnimalCounts(clause.Text).Where(c => !counts.Contains(c)));
                }
            }

            if (lost is null && clause.Has(ReportTopic.Livestock) && Phrases.Any(clause.Text, ReportPhrases.Fine))
            {
                lost = false;
            }
        }

        // One exact count only: "十几只" or "两头猪一头牛" says animals were lost, not how many of one kind.
        return (lost, lost == true && counts.Count == 1 && counts[0].IsExact ? (int)Math.Min(counts[0].Min, int.MaxValue) : null);
    }

    /// <summary>Numbers with an animal measure word or an animal right after them: "三头猪", "十几只鸡", "死了2头".</summary>
    private static IEnumerable<YuanRange> AnimalCounts(string clause)
    {
        foreach (var n in NumberRecognizer.FindAll(clause))
        {
            var run = clause[n.Start..n.End];
            var approx = clause[n.End..].TakeWhile(ReportNouns.Approximately.Contains).Count();
            var rest = clause[(n.End + approx)..];
            var next = rest.Length > 0 ? rest[0] : ' ';
            if (!ReportNouns.AnimalMeasures.Contains(next) &&
                !ReportNouns.Topics.Any(t => t.Topic == ReportTopic.Livestock && rest.StartsWith(t.Word, StringComparison.Ordinal)))
            {
                continue;
            }

            var tail = approx > 0 ? clause.Substring(n.End, 1) : "";
            yield return AmountRecognizer.TryParse(run, tail, out var range) && tail.Length == 0
                ? range
                : new YuanRange(n.Value, n.Value + 1);
        }
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

    // "儿子干不了活了" says one person cannot work, not that the household has nobody who can.
    private static bool? Labour(string normalized, IEnumerable<ReportClause> clauses)
    {
        if (Phrases.Find(normalized, ReportPhrases.HouseholdLabour).Any(m => !m.Negated)) return true;
        var matches = Phrases.Find(normalized, ReportPhrases.Labour);
        if (matches.Count == 0) return null;
        var lost = matches.Any(m => m.Value && !m.Negated);
        var someoneElse = clauses.Any(c => c.Noun is { } n && n is not ("我" or "自己")) && !Phrases.Any(normalized, ReportPhrases.Alone);
        return lost && someoneElse ? null : lost;
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
