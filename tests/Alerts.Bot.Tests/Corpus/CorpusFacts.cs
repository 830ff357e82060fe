using System.Globalization;
using Alerts.Bot.Language;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Corpus;

/// <summary>What the bot understood, said in the corpus's vocabulary (see the header of the corpus file).</summary>
internal static class CorpusFacts
{
    public static readonly IReadOnlyDictionary<string, string> None = new SortedDictionary<string, string>();

    private static readonly (ReportField Field, string Key)[] Keys =
    [
        (ReportField.Hazard, "hazard"), (ReportField.When, "when"), (ReportField.Deaths, "deaths"), (ReportField.Injured, "injured"),
        (ReportField.House, "house"), (ReportField.Crops, "crops"), (ReportField.Livestock, "livestock"),
        (ReportField.Water, "water"), (ReportField.Loss, "loss"), (ReportField.Medical, "medical"), (ReportField.Labour, "labour"),
    ];

    public static IReadOnlyDictionary<string, string> Of(ReportFacts f)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (f.Hazard is { } h) facts["hazard"] = Group(ReportKeys.Hazards[h]);
        if (f.DaysAgo is { } days) facts["when"] = When(days);
        if (f.House is { } house) facts["house"] = ReportKeys.Key(house);
        if (f.Deaths is { } deaths) facts["deaths"] = Count(deaths);
        if (f.Injured is { } injured) facts["injured"] = Count(injured);
        if (f.Crops is { } crops) facts["crops"] = ReportKeys.Key(crops);
        if (f.LivestockLost is { } lost) facts["livestock"] = !lost ? "no" : f.LivestockCount is { } n ? Count(n) : "yes";
        if (f.Water is { } water) facts["water"] = ReportKeys.Key(water);
        if (f.Loss is { } loss) facts["loss"] = Range(loss);
        if (f.MedicalCost is { } cost) facts["medical"] = Range(cost);
        else if (f.Medical == true) facts["medical"] = "yes";
        if (f.LabourLost is { } labourLost) facts["labour"] = labourLost ? "no" : "yes";
        if (f.ForNeighbour) facts["neighbour"] = "yes";
        foreach (var (field, key) in Keys)
        {
            if (f.CountMissing.HasFlag(field)) facts[key] = "yes";
            if (f.Unknown.HasFlag(field)) facts[key] = "unknown";
        }

        return facts;
    }

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Range(YuanRange r) => $"{Count(r.Min)}..{Count(r.Max)}";

    private static string When(int daysAgo) => daysAgo switch
    {
        0 => "today",
        1 => "yesterday",
        2 => "day_before",
        _ => "earlier",
    };

    /// <summary>The hazard question's options: the corpus records hazards at the granularity the report asks.</summary>
    private static string Group(string hazardKey) => hazardKey switch
    {
        "rainstorm" or "flood" => "rainstorm",
        "landslide" or "collapse" or "ground_collapse" => "landslide",
        "gale" or "hail" or "typhoon" => "gale",
        "flash_flood" or "debris_flow" or "earthquake" => hazardKey,
        _ => "other",
    };
}
