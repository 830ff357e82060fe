namespace Alerts.Monitoring.Exit;

/// <summary>What the exit criteria read: the case, the household's record (null = not recorded) and the open measures.</summary>
public sealed record ExitFacts
{
    public required string Status { get; init; }
    public long? HouseholdId { get; init; }
    public long? HelperId { get; init; }
    public string? HeadName { get; init; }
    public string VillageName { get; init; } = "";
    public int? IncomePerPersonYuan { get; init; }
    public int? IncomeYear { get; init; }
    public bool? FoodSecure { get; init; }
    public bool? ClothingSecure { get; init; }
    public bool? EducationSecure { get; init; }
    public bool? MedicalSecure { get; init; }
    public bool? HousingSecure { get; init; }
    public bool? WaterSecure { get; init; }

    /// <summary>Measures still planned or in progress.</summary>
    public int OpenMeasures { get; init; }
}
