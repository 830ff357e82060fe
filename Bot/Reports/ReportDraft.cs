namespace Alerts.Bot.Reports;

/// <summary>
/// A report being filled in: every answer nullable, so the dialog knows what is still to ask. A first message that
/// already says what happened fills some of it in, and those questions are skipped.
/// </summary>
internal sealed class ReportDraft
{
    public string? Hazard { get; set; }
    public DateOnly? OccurredOn { get; set; }
    /// <summary>A day the first message named ("昨晚"), turned into <see cref="OccurredOn"/> when the dialog begins.</summary>
    public int? OccurredDaysAgo { get; set; }
    public int? Deaths { get; set; }
    public int? Injured { get; set; }
    public HouseDamage? House { get; set; }
    public CropLoss? Crops { get; set; }
    public bool? LivestockLost { get; set; }
    public int? LivestockCount { get; set; }
    public WaterSupply? Water { get; set; }
    public int? IncomeLostYuan { get; set; }
    public bool IncomeAsked { get; set; }
    public int? ExtraMedicalYuan { get; set; }
    public bool MedicalAsked { get; set; }
    public bool? HasLabour { get; set; }
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
        ExtraMedicalYuan = ExtraMedicalYuan,
        HasLabour = HasLabour,
        ForNeighbour = ForNeighbour,
    };
}
