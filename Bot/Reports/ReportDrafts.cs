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
            FreeText = text.Length > 500 ? text[..500] : text,
        };
    }

    // "帮邻居报", "我想帮隔壁王大爷报一下": nothing about the damage yet, but a report for a neighbour is what they
    // came for (the dialog asks whose household first). A neighbour merely mentioned ("邻居说…") is not a report.
    private static bool SaysReportingForSomeoneElse(ReportFacts f, string text) =>
        f.ForNeighbour && text.Contains('报', StringComparison.Ordinal);
}
