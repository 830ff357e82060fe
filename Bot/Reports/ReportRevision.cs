using Alerts.Bot.Dialogs.Prompts;

namespace Alerts.Bot.Reports;

/// <summary>
/// A change asked for at the summary: what the words say outright is taken ("灾害是暴雨"); a field named without a
/// new value ("房子没倒完") is cleared to be asked again; nothing else in the draft changes, photos and location
/// included.
/// </summary>
internal static class ReportRevision
{
    /// <summary>The words that name each field; a value word the recognisers know counts too.</summary>
    private static readonly (ReportStep Step, string[] Words)[] Topics =
    [
        (ReportStep.Subject, ["户主", "哪一户", "哪家"]),
        (ReportStep.Hazard, ["灾害", "灾情", "什么灾"]),
        (ReportStep.When, ["时间", "哪天", "日子", "今天", "昨天", "前天", "前几天"]),
        (ReportStep.People, ["受伤", "伤了", "遇难", "死", "伤亡", "人员"]),
        (ReportStep.House, ["房", "屋", "墙"]),
        (ReportStep.Crops, ["庄稼", "粮食", "地里", "收成", "减产", "绝收"]),
        (ReportStep.Livestock, ["牲畜", "猪", "牛", "羊", "鸡", "鸭"]),
        (ReportStep.Water, ["吃水", "喝水", "饮水", "停水", "没水", "水不够"]),
        (ReportStep.IncomeLost, ["损失", "多少钱", "块钱", "元"]),
        (ReportStep.MedicalCare, ["看病", "看医生"]),
        (ReportStep.Living, ["吃的", "穿的", "吃穿", "被子"]),
        (ReportStep.Schooling, ["上学", "读书"]),
        (ReportStep.Labour, ["干活", "劳力", "挣钱"]),
    ];

    /// <summary>Which field a correction may be about, when the words name none: the choice's value is the step.</summary>
    public static readonly PromptOptions WhichField = new()
    {
        Text = "哪一项要改？",
        RetryHint = "请回复数字。",
        Choices =
        [
            new(nameof(ReportStep.Hazard), "灾害"), new(nameof(ReportStep.When), "时间"), new(nameof(ReportStep.People), "伤亡"),
            new(nameof(ReportStep.House), "房子"), new(nameof(ReportStep.Crops), "庄稼"), new(nameof(ReportStep.Livestock), "牲畜"),
            new(nameof(ReportStep.Water), "吃水"), new(nameof(ReportStep.IncomeLost), "损失"), new(nameof(ReportStep.Labour), "劳力"),
        ],
    };

    // Whether the words say anything does not depend on the day they are read against.
    public static bool Mentions(string text) => Named(text).Count > 0 || ReportDrafts.FromText(text, DateOnly.MinValue) is not null;

    /// <summary>
    /// Applies <paramref name="text"/> to the draft. Returns the first step to ask again, <see cref="ReportStep.Confirm"/>
    /// when the words said everything, or null when they named nothing (ask which field).
    /// </summary>
    public static ReportStep? Apply(SelfReportState state, string text, DateOnly today)
    {
        var said = ReportDrafts.FromText(text, today) ?? new ReportDraft();
        var changed = Take(state.Draft, said);
        var ask = Named(text).Where(step => !changed.Contains(step)).ToList();
        foreach (var step in ask) Clear(state, step);
        if (ask.Count > 0) return ask.Min();
        return changed.Count > 0 ? ReportStep.Confirm : null;
    }

    /// <summary>Clears one field so the dialog asks it again (the questions that follow from it come after).</summary>
    public static void Clear(SelfReportState state, ReportStep step)
    {
        var d = state.Draft;
        switch (step)
        {
            case ReportStep.Subject: d.SubjectName = null; break;
            case ReportStep.Hazard: d.Hazard = null; break;
            case ReportStep.When: d.OccurredOn = null; break;
            case ReportStep.People:
                (d.Deaths, d.Injured, state.PeopleAnswer, d.MedicalAsked, d.ExtraMedicalYuan, d.ExtraMedicalMaxYuan) =
                    (null, null, null, false, null, null);
                break;
            case ReportStep.House: d.House = null; break;
            case ReportStep.Crops: d.Crops = null; break;
            case ReportStep.Livestock: (d.LivestockLost, d.LivestockCount) = (null, null); break;
            case ReportStep.Water: d.Water = null; break;
            case ReportStep.IncomeLost: (d.IncomeLostYuan, d.IncomeLostMaxYuan, d.IncomeAsked) = (null, null, false); break;
            case ReportStep.MedicalCare: d.MedicalCareOk = null; break;
            case ReportStep.Living: (d.FoodOk, d.ClothingOk) = (null, null); break;
            case ReportStep.Schooling: (d.SchoolingOk, d.NoSchoolChild) = (null, false); break;
            case ReportStep.Labour: d.HasLabour = null; break;
        }
    }

    private static List<ReportStep> Named(string text) =>
        Topics.Where(t => t.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(t => t.Step).ToList();

    /// <summary>Copies every field the words gave a new value for; returns their steps.</summary>
    private static HashSet<ReportStep> Take(ReportDraft d, ReportDraft said)
    {
        var changed = new HashSet<ReportStep>();
        if (said.Hazard is { } hazard && hazard != d.Hazard) (d.Hazard, _) = (hazard, changed.Add(ReportStep.Hazard));
        if (said.OccurredOn is { } on && on != d.OccurredOn) (d.OccurredOn, _) = (on, changed.Add(ReportStep.When));
        if (said.IncomeLostYuan is { } loss && (loss, said.IncomeLostMaxYuan) != (d.IncomeLostYuan, d.IncomeLostMaxYuan))
            (d.IncomeLostYuan, d.IncomeLostMaxYuan, d.IncomeAsked, _) = (loss, said.IncomeLostMaxYuan, true, changed.Add(ReportStep.IncomeLost));
        if (said.House is { } house && house != d.House) (d.House, _) = (house, changed.Add(ReportStep.House));
        if (said.Crops is { } crops && crops != d.Crops) (d.Crops, _) = (crops, changed.Add(ReportStep.Crops));
        if (said.Water is { } water && water != d.Water) (d.Water, _) = (water, changed.Add(ReportStep.Water));
        if (said.LivestockLost is { } lost && lost != d.LivestockLost)
            (d.LivestockLost, d.LivestockCount, _) = (lost, said.LivestockCount, changed.Add(ReportStep.Livestock));
        if (said.HasLabour is { } labour && labour != d.HasLabour) (d.HasLabour, _) = (labour, changed.Add(ReportStep.Labour));
        if ((said.Deaths is not null || said.Injured is not null) && (said.Deaths, said.Injured) != (d.Deaths, d.Injured))
        {
            (d.Deaths, d.Injured, _) = (said.Deaths ?? 0, said.Injured ?? 0, changed.Add(ReportStep.People));
        }
        return changed;
    }
}
