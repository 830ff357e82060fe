using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// Turns what a first message already says ("山上垮下来把猪圈埋了，房子也裂了") into a partly filled report, so
/// those questions are skipped, the time included ("昨晚上"). Null when the message says nothing a report records
/// and does not ask to report for someone else. <see cref="Merge"/> is the one place facts enter a draft, from a
/// first message or from an answer.
/// </summary>
internal static class ReportDrafts
{
    public static ReportDraft? FromText(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var f = ReportPrefill.Extract(text);
        var says = f.Hazard is not null || f.House is not null || f.Deaths is not null || f.Injured is not null ||
                   f.Crops is not null || f.LivestockLost is not null || f.Water is not null || f.LabourLost is not null ||
                   f.Loss is not null || f.MedicalCost is not null || SaysReportingForSomeoneElse(f, text);
        if (!says) return null;
        var draft = new ReportDraft { FreeText = text.Length > 500 ? text[..500] : text };
        Merge(draft, f, today);
        return draft;
    }

    public static void Merge(ReportDraft d, ReportFacts f, DateOnly today)
    {
        if (f.Hazard is { } h) d.Hazard = ReportKeys.Hazards[h];
        if (f.DaysAgo is { } days) d.OccurredOn = today.AddDays(-days);
        if (f.Deaths is { } deaths) d.Deaths = deaths;
        if (f.Injured is { } injured) d.Injured = injured;
        if (f.House is { } house) d.House = house;
        if (f.Crops is { } crops) d.Crops = crops;
        if (f.LivestockLost is { } lost) (d.LivestockLost, d.LivestockCount) = (lost, f.LivestockCount);
        if (f.Water is { } water) d.Water = water;
        if (f.Loss is { } loss) (d.IncomeLostYuan, d.IncomeLostMaxYuan, d.IncomeAsked) = (ReportKeys.Yuan(loss.Min), Max(loss), true);
        if (f.MedicalCost is { } cost) (d.ExtraMedicalYuan, d.ExtraMedicalMaxYuan, d.MedicalAsked) = (ReportKeys.Yuan(cost.Min), Max(cost), true);
        if (f.LabourLost is { } labourLost) d.HasLabour = !labourLost;
        if (f.FoodOk is { } food) d.FoodOk = food;
        if (f.ClothingOk is { } clothing) d.ClothingOk = clothing;
        if (f.SchoolingOk is { } schooling) d.SchoolingOk = schooling;
        if (f.MedicalCareOk is { } care) d.MedicalCareOk = care;
        if (f.NoSchoolChild) d.NoSchoolChild = true;
        if (f.ForNeighbour) d.ForNeighbour = true;
        d.Unknown |= f.Unknown;
        d.IncomeAsked |= f.Unknown.HasFlag(ReportField.Loss);
        d.MedicalAsked |= f.Unknown.HasFlag(ReportField.Medical);
    }

    private static int? Max(YuanRange range) => range.IsExact ? null : ReportKeys.Yuan(range.Max);

    // "帮邻居报", "我想帮隔壁王大爷报一下": nothing about the damage yet, but a report for a neighbour is what they
    // came for (the dialog asks whose household first). A neighbour merely mentioned ("邻居说…") is not a report.
    private static bool SaysReportingForSomeoneElse(ReportFacts f, string text) =>
        f.ForNeighbour && text.Contains('报', StringComparison.Ordinal);
}
