namespace Alerts.Bot.Reports;

/// <summary>
/// A report being filled in: every answer nullable, so the dialog knows what is still to ask. A first message that
/// already says what happened fills some of it in, and those questions are skipped.
/// </summary>
internal sealed class ReportDraft
{
    public string? Hazard { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public int? Deaths { get; set; }
    public int? Injured { get; set; }
    public HouseDamage? House { get; set; }
    public CropLoss? Crops { get; set; }
    public bool? LivestockLost { get; set; }
    public int? LivestockCount { get; set; }
    public WaterSupply? Water { get; set; }
    /// <summary>The least the loss can be ("十几万" = 110000); with <see cref="IncomeLostMaxYuan"/> the range said.</summary>
    public int? IncomeLostYuan { get; set; }
    public int? IncomeLostMaxYuan { get; set; }
    public bool IncomeAsked { get; set; }
    public int? ExtraMedicalYuan { get; set; }
    public int? ExtraMedicalMaxYuan { get; set; }
    public bool MedicalAsked { get; set; }

    /// <summary>Answered "不知道": recorded as unknown, never asked again nor guessed.</summary>
    public Language.ReportField Unknown { get; set; }
    public bool? HasLabour { get; set; }

    /// <summary>两不愁 and 教育/医疗 as answered when they mattered; null when not asked or not known (never a default).</summary>
    public bool? FoodOk { get; set; }
    public bool? ClothingOk { get; set; }
    public bool? SchoolingOk { get; set; }
    public bool? MedicalCareOk { get; set; }

    /// <summary>Said there is no child at school: the schooling question is not asked again.</summary>
    public bool NoSchoolChild { get; set; }
    public bool ForNeighbour { get; set; }
    public string? SubjectName { get; set; }
    public string? FreeText { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<string> MediaIds { get; set; } = [];

    internal ReportAnswers ToAnswers() => new()
    {
        Hazard = Hazard ?? "other",
        OccurredOn = OccurredOn,
        Deaths = Deaths ?? 0,
        Injured = Injured ?? 0,
        House = House ?? HouseDamage.None,
        Crops = Crops ?? CropLoss.None,
        LivestockLost = LivestockLost ?? false,
        LivestockCount = LivestockCount,
        Water = Water ?? WaterSupply.Normal,
        IncomeLostYuan = IncomeLostYuan,
        IncomeLostMaxYuan = IncomeLostMaxYuan,
        ExtraMedicalYuan = ExtraMedicalYuan,
        ExtraMedicalMaxYuan = ExtraMedicalMaxYuan,
        HasLabour = HasLabour,
        ForNeighbour = ForNeighbour,
    };
}
