using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;

namespace Alerts.Incidents.Actions;

/// <summary>What a figure set by hand must be: a known figure, a sane range (or none, to hand back), and a note.</summary>
internal static class FigureSettingRule
{
    public static IncidentRefusal? Check(string? figure, long? least, long? most, string? note)
    {
        if (!FigureKeys.IsKnown(figure))
            return IncidentRefusal.Invalid($"没有“{figure}”这项数字，可用：{string.Join("、", FigureKeys.All)}", $"Unknown figure '{figure}'");
        if (least is null && most is not null)
            return IncidentRefusal.Invalid("只填上限时请同时填下限", "most needs least");
        if (least is < 0 || most is < 0 || least > IncidentActions.MaxFigure || most > IncidentActions.MaxFigure)
            return IncidentRefusal.Invalid("数字须在 0 到 1 万亿之间", "Figures must be between 0 and 10^12");
        if (most is { } m && m < least)
            return IncidentRefusal.Invalid("上限不能小于下限", "most must not be below least");
        var text = note?.Trim() ?? "";
        if (text.Length is 0 or > IncidentActions.MaxNote)
            return IncidentRefusal.Invalid($"请写明依据（不超过{IncidentActions.MaxNote}字）", $"A note of 1–{IncidentActions.MaxNote} characters is required");
        return null;
    }
}
