using System.Xml.Linq;
using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Cap;

/// <summary>A warning as a CAP 1.2 alert: one zh-CN info block, one area per division-code prefix.</summary>
public static class CapWriter
{
    public static readonly XNamespace Ns = "urn:oasis:names:tc:emergency:cap:1.2";
    public const string DivisionCodeName = "division_code";
    public const string Gb2260Name = "GB/T 2260";

    /// <param name="areaNames">Chinese place names by 12-digit code, for areaDesc.</param>
    /// <param name="referenced">The warning this one updates or lifts, if any.</param>
    public static XDocument Write(Warning w, string sender, IReadOnlyDictionary<string, string> areaNames, Warning? referenced)
    {
        var alert = new XElement(Ns + "alert",
            El("identifier", w.Identifier),
            El("sender", sender),
            El("sent", WarningTimes.Format(SentOf(w))),
            El("status", "Actual"),
            El("msgType", CapMapping.MsgType(w)),
            El("scope", "Public"));
        if (referenced is not null)
            alert.Add(El("references", $"{sender},{referenced.Identifier},{WarningTimes.Format(SentOf(referenced))}"));
        alert.Add(Info(w, areaNames));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), alert);
    }

    public static DateTimeOffset SentOf(Warning w) => w.PublishedUtc ?? w.CreatedUtc;

    private static XElement Info(Warning w, IReadOnlyDictionary<string, string> areaNames)
    {
        var (urgency, certainty, response) = CapMapping.Of(w.Kind);
        var info = new XElement(Ns + "info",
            El("language", "zh-CN"),
            El("category", CapMapping.Category(w.Family)),
            El("event", w.Event),
            El("responseType", response),
            El("urgency", urgency),
            El("severity", CapMapping.Severity(w.WarningLevel)),
            El("certainty", certainty),
            El("effective", WarningTimes.Format(w.EffectiveUtc)),
            El("expires", WarningTimes.Format(w.ExpiresUtc)),
            El("headline", w.Headline),
            El("description", w.Description),
            El("instruction", w.Instruction),
            Parameter("hazard", w.Hazard),
            Parameter("level", w.Level),
            Parameter("kind", w.Kind),
            Parameter("audiences", w.Audiences));
        foreach (var prefix in w.Areas) info.Add(Area(prefix, areaNames));
        return info;
    }

    private static XElement Area(string prefix, IReadOnlyDictionary<string, string> names)
    {
        var code = AreaSet.CodeOf(prefix);
        var area = new XElement(Ns + "area",
            El("areaDesc", names.GetValueOrDefault(code, code)),
            Geocode(DivisionCodeName, code));
        // County level and above also carry the 6-digit GB/T 2260 code that other systems know.
        if (prefix.Length <= 6) area.Add(Geocode(Gb2260Name, code[..6]));
        return area;
    }

    private static XElement Parameter(string name, string value) => new(Ns + "parameter", El("valueName", name), El("value", value));

    private static XElement Geocode(string name, string value) => new(Ns + "geocode", El("valueName", name), El("value", value));

    private static XElement El(string name, string value) => new(Ns + name, value);
}
