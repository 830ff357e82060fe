using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// Turns what a first message already says ("山上垮下来把猪圈埋了，房子也裂了") into a partly filled report, so
/// those questions are skipped. Null when the message says nothing a report records and does not ask to report for
/// someone else.
/// </summary>
internal static class ReportDrafts
{
    public static ReportDraft? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var f = ReportPrefill.Extract(text);
        var says = f.Hazard is not null || f.House is not null || f.Deaths is not null || f.Injured is not null ||
                   f.Crops is not null || f.LivestockLost is not null || f.Water is not null || f.LabourLost is not null ||
                   SaysReportingForSomeoneElse(f, text);
        if (!says) return null;
        return new ReportDraft
        {
            Hazard = f.Hazard is { } h ? ReportKeys.Hazards[h] : null,
            House = f.House,
            Deaths = f.Deaths,
            Injured = f.Injured,
            Crops = f.Crops,
            LivestockLost = f.LivestockLost,
            LivestockCount = f.LivestockCount,
            Water = f.Water,
            HasLabour = f.LabourLost is { } lost ? !lost : null,
            ForNeighbour = f.ForNeighbour,
            OccurredDaysAgo = DaysAgo(text),
            FreeText = text.Length > 500 ? text[..500] : text,
        };
    }

    // When it happened, if the message says so with a day word ("昨晚上垮的"); older or vaguer is asked.
    private static readonly (string[] Words, int DaysAgo)[] Days =
    [
        (["今天", "今早", "今晚", "今儿", "今天早上", "刚才", "刚刚"], 0),
        (["昨天", "昨晚", "昨夜", "昨儿", "昨个"], 1),
        (["前天", "前晚"], 2),
    ];

    private static int? DaysAgo(string text)
    {
        foreach (var (words, days) in Days)
            if (words.Any(w => text.Contains(w, StringComparison.Ordinal))) return days;
        return null;
    }

    // "帮邻居报", "我想帮隔壁王大爷报一下": nothing about the damage yet, but a report for a neighbour is what they
    // came for (the dialog asks whose household first). A neighbour merely mentioned ("邻居说…") is not a report.
    private static bool SaysReportingForSomeoneElse(ReportFacts f, string text) =>
        f.ForNeighbour && text.Contains('报', StringComparison.Ordinal);
}
