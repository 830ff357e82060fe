using System.Globalization;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// Reads the answer to one report question in the person's own words ("莫得", "鸡没得事", "水还有", "昨晚上",
/// "两三千", "不晓得") into the same <see cref="ReportFacts"/> a first message gives. Null when the answer does not
/// answer the question: the prompt then asks again in other words. "不知道" is an answer (recorded as unknown)
/// wherever the question allows it, which is every question but the hazard.
/// </summary>
internal static class ReportAnswerReader
{
    private static readonly string[] DontKnow = [.. YesNoWords.Doubt, "记不到", "记不清", "忘了", "不记得", "跳过", "搞不清楚", "没数"];

    public static ReportFacts? Read(PromptOptions question, string? text)
    {
        var s = TextNormalizer.Normalize(text);
        var key = question.Key ?? "";
        if (s.Length == 0 || !Fields.TryGetValue(key, out var field)) return null;
        if (field != ReportField.Hazard && DontKnow.Any(s.Contains)) return new ReportFacts { Unknown = field };
        if (question.Choices.Count > 0 && NumberRecognizer.RecognizeChoice(s, question.Choices.Count) is { } n)
        {
            return FromChoice(key, question.Choices[n - 1].Value);
        }

        return key switch
        {
            "hazard" => HazardRecognizer.Find(s) is { } h and not HazardKind.Other ? new ReportFacts { Hazard = h } : Said(question, s),
            "when" => DayWords.DaysAgo(s) is { } days ? new ReportFacts { DaysAgo = days } : Said(question, s),
            "people" => People(question, s),
            "deaths" or "injured" => Count(field, s),
            "house" => ReportPrefill.Extract(s, ReportTopic.House).House is { } house ? new ReportFacts { House = house } : Said(question, s),
            "crops" => ReportPrefill.Extract(s, ReportTopic.Crops).Crops is { } crops ? new ReportFacts { Crops = crops } : YesOrNo(question, s),
            "livestock" => Livestock(question, s),
            "water" => ReportPrefill.Extract(s).Water is { } water ? new ReportFacts { Water = water } : Said(question, s),
            "loss" => AmountRecognizer.Answer(s) is { } loss ? new ReportFacts { Loss = loss } : null,
            "medical" => AmountRecognizer.Answer(s) is { } cost ? new ReportFacts { MedicalCost = cost } : null,
            "labour" => Labour(question, s),
            "medical_care" => Said(question, s) ?? YesOrNo(question, s),
            "living" => Living(question, s),
            "schooling" => Said(question, s) ?? Schooling(question, s),
            _ => null,
        };
    }

    /// <summary>The options whose words the answer shares most, to offer when it was not understood.</summary>
    public static IReadOnlyList<int> Closest(PromptOptions question, string? text)
    {
        var s = TextNormalizer.Normalize(text);
        return question.Choices
            .Select((c, i) => (i, score: (c.Synonyms ?? []).Append(c.Label).Max(w => w.Count(s.Contains))))
            .Where(x => x.score > 0)
            .OrderByDescending(x => x.score)
            .Take(2)
            .Select(x => x.i)
            .OrderBy(i => i)
            .ToList();
    }

    private static readonly Dictionary<string, ReportField> Fields = new(StringComparer.Ordinal)
    {
        ["hazard"] = ReportField.Hazard, ["when"] = ReportField.When, ["people"] = ReportField.Deaths | ReportField.Injured,
        ["deaths"] = ReportField.Deaths, ["injured"] = ReportField.Injured, ["house"] = ReportField.House,
        ["crops"] = ReportField.Crops, ["livestock"] = ReportField.Livestock, ["water"] = ReportField.Water,
        ["loss"] = ReportField.Loss, ["medical"] = ReportField.Medical, ["labour"] = ReportField.Labour,
        ["medical_care"] = ReportField.MedicalCare, ["living"] = ReportField.Food | ReportField.Clothing,
        ["schooling"] = ReportField.Schooling,
    };

    private static readonly string[] FoodWords = ["吃", "粮", "米", "饭"];
    private static readonly string[] ClothingWords = ["穿", "衣", "被子", "棉被", "盖的", "铺盖"];
    private static readonly string[] Lacking = ["没", "缺", "不够", "莫得", "么得", "冇", "断", "冲走", "冲跑", "烧了", "埋了"];
    private static readonly string[] Fine = ["没问题", "没事", "不缺", "没缺"];

    private static ReportFacts? People(PromptOptions question, string s)
    {
        var clauses = ReportClauses.Split(s, ReportTopic.People);
        var (deaths, injured) = Casualties.Count(clauses, out var missing);
        if (deaths is not null || injured is not null || missing != ReportField.None)
        {
            return new ReportFacts { Deaths = deaths, Injured = injured, CountMissing = missing };
        }

        // "死了两头猪" answers another question: asked again rather than read as a death.
        if (clauses.Any(c => c.Has(ReportTopic.Livestock))) return null;
        return YesNoRecognizer.Recognize(s) == YesNo.No ? FromChoice("people", "none") : Said(question, s);
    }

    private static ReportFacts? Count(ReportField field, string s)
    {
        var clauses = ReportClauses.Split(s, ReportTopic.People);
        if (clauses.Any(c => c.Has(ReportTopic.Livestock)) ||
            NumberRecognizer.FindAll(s).Any(n => Casualties.CountsAnimals(s, n))) return null;
        if (NumberRecognizer.Recognize(s) is not { } n) return null;
        var count = (int)Math.Min(n, 99);
        return field == ReportField.Deaths ? new ReportFacts { Deaths = count } : new ReportFacts { Injured = count };
    }

    private static ReportFacts? Livestock(PromptOptions question, string s)
    {
        var facts = ReportPrefill.Extract(s, ReportTopic.Livestock);
        if (facts.LivestockLost is { } lost) return new ReportFacts { LivestockLost = lost, LivestockCount = facts.LivestockCount };
        return YesOrNo(question, s);
    }

    private static ReportFacts? Labour(PromptOptions question, string s)
    {
        // Asked of the household, so "就我一个老婆子，干不动了" answers it whoever is named.
        var said = Phrases.Find(s, [.. ReportPhrases.HouseholdLabour, .. ReportPhrases.Labour]);
        if (said.Count > 0) return new ReportFacts { LabourLost = said.Any(m => m.Value != m.Negated) };
        return YesOrNo(question, s);
    }

    /// <summary>
    /// "吃的有，穿的没得": each of food and clothing as its own words say, the one not named stays unknown; a bare
    /// "有" or "没得" answers both.
    /// </summary>
    private static ReportFacts? Living(PromptOptions question, string s)
    {
        bool? food = null, clothing = null;
        foreach (var clause in s.Split([',', '.', ';', '、', '!', '?', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var lacks = Lacking.Any(clause.Contains) && !Fine.Any(clause.Contains);
            if (FoodWords.Any(clause.Contains)) food = !lacks;
            if (ClothingWords.Any(clause.Contains)) clothing = !lacks;
        }
        if (food is not null || clothing is not null) return new ReportFacts { FoodOk = food, ClothingOk = clothing };
        return Said(question, s) ?? YesOrNo(question, s);
    }

    // "没得" alone may mean "no school child" as well as "cannot go": only a clear "不能"/"不行" is a no, else asked again.
    private static ReportFacts? Schooling(PromptOptions question, string s) => YesNoRecognizer.Recognize(s) switch
    {
        YesNo.Yes => FromChoice("schooling", "yes"),
        YesNo.No when s.Contains('不') => FromChoice("schooling", "no"),
        _ => null,
    };

    // The one place for yes and no: YesNoWords. "有的" picks the first option, "莫得" the "no" option.
    private static ReportFacts? YesOrNo(PromptOptions question, string s) => YesNoRecognizer.Recognize(s) switch
    {
        YesNo.Yes when question.Key != "crops" => FromChoice(question.Key!, question.Choices[0].Value),
        YesNo.No => FromChoice(question.Key!, question.Key switch
        {
            "livestock" or "labour" or "medical_care" => "no",
            "living" => "neither",
            _ => "none",
        }),
        _ => Said(question, s),
    };

    /// <summary>The option whose words the answer uses, not denied ("没漏"); the worse when it names two.</summary>
    private static ReportFacts? Said(PromptOptions question, string s)
    {
        var table = question.Choices
            .SelectMany((c, i) => (c.Synonyms ?? []).Append(c.Label).Select(w => (w, i)))
            .ToArray();
        var picked = Phrases.Find(s, table).Where(m => !m.Negated).Select(m => m.Value).ToList();
        if (picked.Count == 0) return null;
        var worst = picked.MaxBy(i => Rank(question, i));
        return FromChoice(question.Key!, question.Choices[worst].Value);
    }

    private static int Rank(PromptOptions question, int index) =>
        question.Key == "house" && ReportKeys.ParseHouse(question.Choices[index].Value) is { } h ? (int)h : index;

    private static ReportFacts? FromChoice(string key, string value) => key switch
    {
        "hazard" => ReportKeys.Hazards.FirstOrDefault(kv => kv.Value == value) is { Value: not null } kv ? new ReportFacts { Hazard = kv.Key } : null,
        "when" => new ReportFacts { DaysAgo = int.Parse(value, CultureInfo.InvariantCulture) },
        "people" => value switch
        {
            "none" => new ReportFacts { Deaths = 0, Injured = 0 },
            "injured" => new ReportFacts { CountMissing = ReportField.Injured },
            _ => new ReportFacts { CountMissing = ReportField.Deaths },
        },
        "house" => new ReportFacts { House = ReportKeys.ParseHouse(value) },
        "crops" => new ReportFacts { Crops = ReportKeys.ParseCrops(value) },
        "water" => new ReportFacts { Water = ReportKeys.ParseWater(value) },
        "livestock" => new ReportFacts { LivestockLost = value == "yes" },
        "labour" => new ReportFacts { LabourLost = value == "no" },
        "medical_care" => new ReportFacts { MedicalCareOk = value == "yes" },
        "living" => new ReportFacts { FoodOk = value is "both" or "no_clothing", ClothingOk = value is "both" or "no_food" },
        "schooling" => value == "none" ? new ReportFacts { NoSchoolChild = true } : new ReportFacts { SchoolingOk = value == "yes" },
        _ => null,
    };
}
