using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Cap;

/// <summary>
/// Our fields in CAP 1.2 terms, both ways.
/// <code>
/// hazard     weather → Met, flood → Met, geological → Geo, other → Other        (import: catalogue event first, then category)
/// level      red → Extreme, orange → Severe, yellow → Moderate, blue → Minor    (import: Unknown is refused)
/// kind       urgency     certainty   responseType   (import: parameter "kind", else Cancel → all_clear,
/// warning    Expected    Likely      Prepare                Immediate+Observed → danger_notice,
/// forecast   Immediate   Likely      Evacuate               Immediate+Geo → forecast, else warning)
/// danger_n.  Immediate   Observed    Evacuate
/// all_clear  Past        Observed    AllClear
/// msgType    Alert; Update when it references a warning; Cancel for an all-clear that does
/// </code>
/// Lossless round trips ride on &lt;parameter&gt;s named hazard, level, kind and audiences.
/// </summary>
public static class CapMapping
{
    public static string Category(HazardFamily hazard) => hazard switch
    {
        HazardFamily.Geological => "Geo",
        HazardFamily.Weather or HazardFamily.Flood => "Met",
        _ => "Other",
    };

    public static string Severity(WarningLevel level) => level switch
    {
        WarningLevel.Red => "Extreme",
        WarningLevel.Orange => "Severe",
        WarningLevel.Yellow => "Moderate",
        _ => "Minor",
    };

    public static WarningLevel? LevelOf(string severity) => severity switch
    {
        "Extreme" => WarningLevel.Red,
        "Severe" => WarningLevel.Orange,
        "Moderate" => WarningLevel.Yellow,
        "Minor" => WarningLevel.Blue,
        _ => null,
    };

    public static (string Urgency, string Certainty, string ResponseType) Of(string kind) => kind switch
    {
        WarningKinds.Forecast => ("Immediate", "Likely", "Evacuate"),
        WarningKinds.DangerNotice => ("Immediate", "Observed", "Evacuate"),
        WarningKinds.AllClear => ("Past", "Observed", "AllClear"),
        _ => ("Expected", "Likely", "Prepare"),
    };

    public static string MsgType(Warning w) =>
        w.ReferencesId is null ? "Alert" : w.Kind == WarningKinds.AllClear ? "Cancel" : "Update";

    public static HazardFamily HazardOf(string eventName, IReadOnlyList<string> categories)
    {
        foreach (var family in Enum.GetValues<HazardFamily>())
            if (family != HazardFamily.Other && HazardCatalogue.IsKnownEvent(family, eventName)) return family;
        return categories.Contains("Geo") ? HazardFamily.Geological : categories.Contains("Met") ? HazardFamily.Weather : HazardFamily.Other;
    }

    public static string KindOf(CapAlert alert, HazardFamily hazard)
    {
        var info = alert.Info;
        if (alert.MsgType == "Cancel" || info.ResponseTypes.Contains("AllClear") || info.Urgency == "Past") return WarningKinds.AllClear;
        if (info.Urgency == "Immediate" && info.Certainty == "Observed") return WarningKinds.DangerNotice;
        if (info.Urgency == "Immediate" && hazard == HazardFamily.Geological) return WarningKinds.Forecast;
        return WarningKinds.Warning;
    }
}
