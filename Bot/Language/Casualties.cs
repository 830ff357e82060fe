namespace Alerts.Bot.Language;

/// <summary>
/// Deaths and injuries in the household: "死了一个", "去世1人", "受伤两人", "两个娃儿受伤了", "娃儿他爸摔伤了" (1),
/// "没人受伤" (0), "人都没事" (0 and 0). A clause about animals only ("猪死了") is left to livestock.
/// </summary>
internal static class Casualties
{
    private static readonly (string, bool)[] DeathWords =
    [
        ("死了", false), ("死亡", false), ("淹死", false), ("压死", false), ("砸死", false), ("死人", true),
        ("去世", true), ("过世", true), ("遇难", true), ("身亡", true), ("丧生", true), ("没了命", true),
    ];

    private static readonly (string, bool)[] InjuryWords =
    [
        ("受伤", false), ("受了伤", false), ("摔伤", false), ("砸伤", false), ("压伤", false), ("撞伤", false),
        ("划伤", false), ("擦伤", false), ("烫伤", false), ("烧伤", false), ("扭伤", false), ("刮伤", false),
        ("碰伤", false), ("打伤", false), ("弄伤", false), ("伤了", false), ("伤到", false), ("骨折", false),
        ("轻伤", false), ("重伤", false), ("摔了", false), ("流血", false), ("摔断", false), ("砸断", false),
        ("压断", false), ("腿断", false), ("手断", false),
    ];

    // "Everyone is fine": no deaths and no injuries.
    private static readonly string[] AllSafe =
    [
        "没有伤亡", "没伤亡", "无伤亡", "无人员伤亡", "没有人员伤亡", "人没事", "人都没事", "人都好", "人都安全",
        "人员安全", "人都平安", "人平安", "人没得事", "人还好", "人员没事", "人没受伤", "人都没受伤", "我们都好",
        "我们都没事", "我们没事", "大家都好", "大家都没事", "都平安",
    ];

    public static (int? Deaths, int? Injured) Count(IReadOnlyList<ReportClause> clauses)
    {
        int? deaths = null, injured = null;
        foreach (var clause in clauses)
        {
            if (Phrases.Any(clause.Text, AllSafe))
            {
                deaths ??= 0;
                injured ??= 0;
                continue;
            }

            deaths = Max(deaths, CountIn(clause, DeathWords, barePersonOnly: true));
            injured = Max(injured, CountIn(clause, InjuryWords, barePersonOnly: false));
        }

        return (deaths, injured);
    }

    private static int? CountIn(ReportClause clause, (string, bool)[] words, bool barePersonOnly)
    {
        // Animals only: "猪死了", "牛受伤了". Crops only: "秧苗都死了".
        if (!clause.Has(ReportTopic.People) && (clause.Has(ReportTopic.Livestock) || clause.Has(ReportTopic.Crops)))
        {
            return null;
        }

        int? count = null;
        foreach (var match in Phrases.Find(clause.Text, words, negationGap: 2))
        {
            if (match.Negated)
            {
                count ??= 0;
                continue;
            }

            var said = NumberNear(clause.Text, match.Index, match.End);
            var implied = clause.Has(ReportTopic.People) || match.Value || !barePersonOnly ? Implied(clause.Text) : (int?)null;
            count = Max(count, said ?? implied);
        }

        return count;
    }

    /// <summary>"死了一个" / "受伤两人" (just after) or "两个娃儿受伤" / "1人死亡" (shortly before).</summary>
    private static int? NumberNear(string clause, int start, int end)
    {
        var numbers = NumberRecognizer.FindAll(clause).Where(n => !CountsAnimals(clause, n)).ToList();
        // "受伤的有三个", "死了一个": only filler may sit between the word and its number.
        var after = numbers.FirstOrDefault(n => n.Start >= end && n.Start - end <= 3 &&
                                                 clause[end..n.Start].All(c => "了的有是共".Contains(c)));
        if (after.Length > 0)
        {
            return (int)Math.Min(after.Value, int.MaxValue);
        }

        var before = numbers.LastOrDefault(n => n.End <= start && start - n.End <= 4);
        return before.Length > 0 ? (int)Math.Min(before.Value, int.MaxValue) : null;
    }

    private static bool CountsAnimals(string clause, NumberMatch n)
    {
        var rest = clause[n.End..].TrimStart(ReportNouns.Approximately);
        return rest.Length > 0 && ReportNouns.AnimalMeasures.Contains(rest[0]);
    }

    /// <summary>No number said: one person, or two for "我和老伴都受伤了".</summary>
    private static int Implied(string clause) =>
        (clause.Contains('和') || clause.Contains('跟')) && clause.Contains('都') ? 2 : 1;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
