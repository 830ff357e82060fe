namespace Alerts.Bot.Language;

/// <summary>
/// Deaths and injuries in the household: "死了一个人", "去世1人", "受伤两人", "两个娃儿受伤了", "老汉儿摔倒了" (1),
/// "没人受伤" (0), "人都没事" (0 and 0). Each word is read about its subject (<see cref="ReportClauses.SubjectOf"/>):
/// "死了两头猪" and "猪死了，人没事" are animals; "死了一个" says nobody's kind, so nothing is taken and it is asked.
/// </summary>
internal static class Casualties
{
    // true: the word itself says a person ("死人", "遇难"), so it counts without a person named.
    private static readonly (string, bool)[] DeathWords =
    [
        ("死了", false), ("死亡", false), ("淹死", false), ("压死", false), ("砸死", false), ("死人", true), ("死", false),
        ("去世", true), ("过世", true), ("遇难", true), ("身亡", true), ("丧生", true), ("没了命", true), ("没了", false),
    ];

    private static readonly (string, bool)[] InjuryWords =
    [
        ("受伤", false), ("受了伤", false), ("摔伤", false), ("砸伤", false), ("压伤", false), ("撞伤", false),
        ("划伤", false), ("擦伤", false), ("烫伤", false), ("烧伤", false), ("扭伤", false), ("刮伤", false),
        ("碰伤", false), ("打伤", false), ("弄伤", false), ("伤了", false), ("伤到", false), ("骨折", false),
        ("轻伤", false), ("重伤", false), ("摔了", false), ("流血", false), ("摔断", false), ("砸断", false),
        ("压断", false), ("腿断", false), ("手断", false), ("摔倒", false), ("摔到", false), ("遭砸", false),
        ("砸到", false), ("打到", false), ("压到", false), ("擦破", false), ("断了", false), ("受了点轻伤", false),
    ];

    // Said of things as much as of people ("水管断了", "苞谷打到了"): an injury only with a person named.
    private static readonly string[] NeedsSomeone = ["断了", "打到", "压到", "砸到", "遭砸"];

    // "Everyone is fine": no deaths and no injuries. Read with 倒是/也 taken out: "人倒是没得事", "人也没得事".
    private static readonly string[] AllSafe =
    [
        "没有伤亡", "没伤亡", "无伤亡", "无人员伤亡", "没有人员伤亡", "人没事", "人都没事", "人都好", "人都安全",
        "人员安全", "人都平安", "人平安", "人没得事", "人还好", "人员没事", "我们都好", "人好好的", "人都好好的",
        "我们都没事", "我们没事", "大家都好", "大家都没事", "都平安", "人没啥子", "人没得啥子", "人么得事", "人莫得事",
        "人好的", "人没什么事",
    ];

    // A person of no particular kind: "有人受伤" says someone, not how many.
    private static readonly string[] Anyone = ["人", "家人", "村民", "人员"];

    /// <param name="clauses">The message or answer, split.</param>
    /// <param name="countMissing">Set for deaths or injuries said without a count.</param>
    public static (int? Deaths, int? Injured) Count(IReadOnlyList<ReportClause> clauses, out ReportField countMissing)
    {
        int? deaths = null, injured = null;
        countMissing = ReportField.None;
        foreach (var clause in clauses)
        {
            var plain = clause.Text.Replace("倒是", "").Replace("也", "");
            if (Phrases.Any(plain, AllSafe))
            {
                deaths ??= 0;
                injured ??= 0;
                continue;
            }

            deaths = Max(deaths, CountIn(clause, DeathWords, ReportField.Deaths, ref countMissing));
            injured = Max(injured, CountIn(clause, InjuryWords, ReportField.Injured, ref countMissing));
        }

        if (deaths > 0) countMissing &= ~ReportField.Deaths;
        if (injured > 0) countMissing &= ~ReportField.Injured;
        return (deaths, injured);
    }

    private static int? CountIn(ReportClause clause, (string, bool)[] words, ReportField field, ref ReportField countMissing)
    {
        int? count = null;
        foreach (var match in Phrases.Find(clause.Text, words, negationGap: 2))
        {
            var (subject, noun) = ReportClauses.SubjectOf(clause, match.Index, match.End);
            if (subject == ReportTopic.Livestock)
            {
                continue;
            }

            // Nobody named: "摔伤了" is the speaker; "死了一个" could be a pig, so it is asked rather than guessed.
            if (subject == ReportTopic.None && !match.Value)
            {
                if (field != ReportField.Injured || NeedsSomeone.Contains(match.Word) ||
                    clause.Has(ReportTopic.Crops | ReportTopic.House | ReportTopic.HousePart))
                {
                    continue;
                }

                noun = "我";
            }

            if (match.Negated)
            {
                count ??= 0;
                continue;
            }

            if (NumberNear(clause.Text, match.Index, match.End) is { } said)
            {
                count = Max(count, said);
            }
            else if (noun is null || Anyone.Contains(noun))
            {
                countMissing |= field;
            }
            else
            {
                count = Max(count, Implied(clause.Text));
            }
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

    internal static bool CountsAnimals(string clause, NumberMatch n)
    {
        var rest = clause[n.End..].TrimStart(ReportNouns.Approximately);
        return rest.Length > 0 && ReportNouns.AnimalMeasures.Contains(rest[0]);
    }

    /// <summary>No number said: one person, or two for "我和老伴都受伤了".</summary>
    private static int Implied(string clause) =>
        (clause.Contains('和') || clause.Contains('跟')) && clause.Contains('都') ? 2 : 1;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
