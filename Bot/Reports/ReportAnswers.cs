using Alerts.Store.Reports;

namespace Alerts.Bot.Reports;

/// <summary>
/// What a self-report has gathered so far; the report dialogs fill it one answer at a time with <c>with</c>.
/// Defaults are the "nothing happened" answers, so an unasked question never triggers guidance or risk.
/// </summary>
internal sealed record ReportAnswers
{
    /// <summary>The answers of a stored report (unknown enumerations read as the "nothing happened" default).</summary>
    public static ReportAnswers Of(ReportRecord r) => new()
    {
        Hazard = r.Hazard, Deaths = r.Deaths, Injured = r.Injured,
        House = ReportKeys.ParseHouse(r.House) ?? HouseDamage.None,
        Crops = ReportKeys.ParseCrops(r.Crops) ?? CropLoss.None,
        LivestockLost = r.LivestockLost, LivestockCount = r.LivestockCount,
        Water = ReportKeys.ParseWater(r.Water) ?? WaterSupply.Normal,
        IncomeLostYuan = r.IncomeLostYuan, IncomeLostMaxYuan = r.IncomeLostMaxYuan, ExtraMedicalYuan = r.ExtraMedicalYuan,
        ExtraMedicalMaxYuan = r.ExtraMedicalMaxYuan, HasLabour = r.HasLabour,
        ForNeighbour = r.ForNeighbour,
    };

    /// <summary>Every hazard key the dialogs may set, in the order the hazard menu lists them (Store's
    /// <see cref="Alerts.Store.Reports.ReportHazards"/>).</summary>
    public static readonly IReadOnlyList<string> KnownHazards = [.. Alerts.Store.Reports.ReportHazards.Keys];

    /// <summary>One of <see cref="KnownHazards"/>.</summary>
    public string Hazard { get; init; } = "other";

    public DateOnly? OccurredOn { get; init; }

    public int Deaths { get; init; }

    public int Injured { get; init; }

    public HouseDamage House { get; init; }

    public CropLoss Crops { get; init; }

    public bool LivestockLost { get; init; }

    public int? LivestockCount { get; init; }

    public WaterSupply Water { get; init; }

    /// <summary>The reporter's rough guess, not a verified figure: the least of the range said ("十几万" = 110000),
    /// which grading and totals use.</summary>
    public int? IncomeLostYuan { get; init; }

    /// <summary>The most of the range said ("十几万" = 190000), which the assessment's risk flags use (Monitoring's
    /// ReportEvidence); null when one figure was said.</summary>
    public int? IncomeLostMaxYuan { get; init; }

    /// <summary>Extra medical spending caused by the event; rough, like the income loss (least of the range).</summary>
    public int? ExtraMedicalYuan { get; init; }

    /// <summary>The most of the medical range said; null when one figure was said.</summary>
    public int? ExtraMedicalMaxYuan { get; init; }

    /// <summary>Whether anyone in the household can still work; null when the question was skipped.</summary>
    public bool? HasLabour { get; init; }

    /// <summary>The reporter speaks for a neighbour's household, so guidance says "your neighbour".</summary>
    public bool ForNeighbour { get; init; }
}
