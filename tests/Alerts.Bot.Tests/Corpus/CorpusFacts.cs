using Alerts.Bot.Language;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Corpus;

/// <summary>What the bot understood, said in the corpus's vocabulary (see the header of the corpus file).</summary>
internal static class CorpusFacts
{
    public static readonly DateOnly Today = new(2026, 7, 10);

    public static IReadOnlyDictionary<string, string> Of(ReportFacts f)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (f.Hazard is { } h) facts["hazard"] = Group(ReportKeys.Hazards[h]);
        if (f.House is { } house) facts["house"] = ReportKeys.Key(house);
        if (f.Deaths is { } deaths) facts["deaths"] = Count(deaths);
        if (f.Injured is { } injured) facts["injured"] = Count(injured);
        if (f.Crops is { } crops) facts["crops"] = ReportKeys.Key(crops);
        if (f.LivestockLost is { } lost) facts["livestock"] = Livestock(lost, f.LivestockCount);
        if (f.Water is { } water) facts["water"] = ReportKeys.Key(water);
        if (f.Medical == true) facts["medical"] = "yes";
        if (f.LabourLost is { } labourLost) facts["labour"] = labourLost ? "no" : "yes";
        if (f.ForNeighbour) facts["neighbour"] = "yes";
        return facts;
    }

    /// <param name="people">The people question's answer ("injured", "dead") when it came without a count.</param>
    public static IReadOnlyDictionary<string, string> Of(ReportDraft d, string? people = null)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (d.Hazard is { } h) facts["hazard"] = Group(h);
        if (d.OccurredOn is { } on) facts["when"] = When(Today.DayNumber - on.DayNumber);
        if (d.Deaths is { } deaths) facts["deaths"] = Count(deaths);
        else if (people == "dead") facts["deaths"] = "yes";
        if (d.Injured is { } injured) facts["injured"] = Count(injured);
        else if (people == "injured") facts["injured"] = "yes";
        if (d.House is { } house) facts["house"] = ReportKeys.Key(house);
        if (d.Crops is { } crops) facts["crops"] = ReportKeys.Key(crops);
        if (d.LivestockLost is { } lost) facts["livestock"] = Livestock(lost, d.LivestockCount);
        if (d.Water is { } water) facts["water"] = ReportKeys.Key(water);
        if (d.IncomeLostYuan is { } loss) facts["loss"] = $"{loss}..{loss}";
        else if (d.IncomeAsked) facts["loss"] = "unknown";
        if (d.ExtraMedicalYuan is { } medical) facts["medical"] = $"{medical}..{medical}";
        else if (d.MedicalAsked) facts["medical"] = "unknown";
        if (d.HasLabour is { } labour) facts["labour"] = labour ? "yes" : "no";
        if (d.ForNeighbour) facts["neighbour"] = "yes";
        return facts;
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Livestock(bool lost, int? count) => !lost ? "no" : count is { } n ? Count(n) : "yes";

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
