namespace Alerts.Store.Reports;

/// <summary>A stored self-report. Enumerated answers are the lower-case keys of the report model.</summary>
public sealed record ReportRecord
{
    public long Id { get; init; }
    public string Number { get; init; } = "";
    public required string VillageCode { get; init; }
    public long? HouseholdId { get; init; }
    public long ReporterId { get; init; }
    public bool ForNeighbour { get; init; }
    public string? SubjectName { get; init; }
    public required string Hazard { get; init; }
    public string? OccurredOn { get; init; }
    public int Deaths { get; init; }
    public int Injured { get; init; }
    public required string House { get; init; }
    public required string Crops { get; init; }
    public bool LivestockLost { get; init; }
    public int? LivestockCount { get; init; }
    public required string Water { get; init; }
    /// <summary>The least of the range said, or the one figure.</summary>
    public int? IncomeLostYuan { get; init; }

    /// <summary>The most of the range said; null when one figure was said.</summary>
    public int? IncomeLostMaxYuan { get; init; }
    public int? ExtraMedicalYuan { get; init; }
    public int? ExtraMedicalMaxYuan { get; init; }

    /// <summary>The questions answered "不知道", comma-separated ("house,loss"); null when none.</summary>
    public string? UnknownFields { get; init; }
    public bool? HasLabour { get; init; }

    /// <summary>不愁吃 / 不愁穿 / 义务教育 / 基本医疗 as answered: null when not asked or not known.</summary>
    public bool? FoodOk { get; init; }
    public bool? ClothingOk { get; init; }
    public bool? SchoolingOk { get; init; }
    public bool? MedicalCareOk { get; init; }
    public string? FreeText { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? MediaIds { get; init; }
    public string Status { get; init; } = "submitted";
    public long? ReviewerId { get; init; }
    public DateTimeOffset? ReviewedUtc { get; init; }
    public string? ReviewNote { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
}
