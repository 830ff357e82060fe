using System.Text.Json;
using Alerts.Bot.Language;

namespace Alerts.Bot.Reports;

/// <summary>
/// Turns what a first message already says ("山上垮下来把猪圈埋了，房子也裂了") into a partly filled report, so
/// those questions are skipped. Null when the message says nothing a report records.
/// </summary>
internal static class ReportDrafts
{
    public static ReportDraft? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var f = ReportPrefill.Extract(text);
        var says = f.Hazard is not null || f.House is not null || f.Deaths is not null || f.Injured is not null ||
                   f.Crops is not null || f.LivestockLost is not null || f.Water is not null || f.LabourLost is not null;
        if (!says) return null;
        return new ReportDraft
        {
            Hazard = f.Hazard is { } h ? JsonNamingPolicy.SnakeCaseLower.ConvertName(h.ToString()) : null,
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
}
