using Alerts.Store.Reports;

namespace Alerts.Monitoring.Assessment;

/// <summary>
/// What a report tells the assessment: its answers as stored. Defaults are the "nothing happened" answers; a 两不愁 or
/// 保障 answer nobody gave stays null and is never read as fine or as failing.
/// </summary>
public sealed record ReportEvidence
{
    /// <summary>The answers of a stored report (unknown enumerations read as the "nothing happened" default).</summary>
    public static ReportEvidence Of(ReportRecord r) => new()
    {
        Hazard = r.Hazard, Deaths = r.Deaths, Injured = r.Injured,
        House = ReportAnswerKeys.ParseHouse(r.House) ?? HouseDamage.None,
        Crops = ReportAnswerKeys.ParseCrops(r.Crops) ?? CropLoss.None,
        Water = ReportAnswerKeys.ParseWater(r.Water) ?? WaterSupply.Normal,
        IncomeLostYuan = r.IncomeLostYuan, IncomeLostMaxYuan = r.IncomeLostMaxYuan, ExtraMedicalYuan = r.ExtraMedicalYuan,
        ExtraMedicalMaxYuan = r.ExtraMedicalMaxYuan, HasLabour = r.HasLabour,
        FoodOk = r.FoodOk, ClothingOk = r.ClothingOk, SchoolingOk = r.SchoolingOk, MedicalCareOk = r.MedicalCareOk,
    };

    public string Hazard { get; init; } = "other";

    public int Deaths { get; init; }

    public int Injured { get; init; }

    public HouseDamage House { get; init; }

    public CropLoss Crops { get; init; }

    public WaterSupply Water { get; init; }

    /// <summary>The least of the range said (totals read it).</summary>
    public int? IncomeLostYuan { get; init; }

    /// <summary>The most of the range said; null when one figure was said.</summary>
    public int? IncomeLostMaxYuan { get; init; }

    public int? ExtraMedicalYuan { get; init; }

    public int? ExtraMedicalMaxYuan { get; init; }

    /// <summary>The most the loss can be: what risk flags read (help first).</summary>
    public int? IncomeLostAtMostYuan => IncomeLostMaxYuan ?? IncomeLostYuan;

    /// <summary>The most the medical spending can be: what risk flags read.</summary>
    public int? ExtraMedicalAtMostYuan => ExtraMedicalMaxYuan ?? ExtraMedicalYuan;

    public bool? HasLabour { get; init; }

    /// <summary>不愁吃; null when not asked.</summary>
    public bool? FoodOk { get; init; }

    /// <summary>不愁穿; null when not asked.</summary>
    public bool? ClothingOk { get; init; }

    /// <summary>义务教育有保障 (children can go to school); null when not asked or no child.</summary>
    public bool? SchoolingOk { get; init; }

    /// <summary>基本医疗有保障 (can see a doctor); null when not asked.</summary>
    public bool? MedicalCareOk { get; init; }
}
