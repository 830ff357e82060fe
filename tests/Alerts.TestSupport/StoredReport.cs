using System.Data.Common;
using Dapper;

namespace Alerts.TestSupport;

/// <summary>A row of the reports table, as the conversation left it.</summary>
public sealed record StoredReport
{
    private const string Select = """
        SELECT id AS Id, number AS Number, village_code AS VillageCode, household_id AS HouseholdId, reporter_id AS ReporterId,
               for_neighbour AS ForNeighbour, subject_name AS SubjectName, hazard AS Hazard, occurred_on AS OccurredOn,
               deaths AS Deaths, injured AS Injured, house AS House, crops AS Crops, livestock_lost AS LivestockLost,
               livestock_count AS LivestockCount, water AS Water, income_lost_yuan AS IncomeLostYuan,
               extra_medical_yuan AS ExtraMedicalYuan, has_labour AS HasLabour, food_ok AS FoodOk, clothing_ok AS ClothingOk,
               schooling_ok AS SchoolingOk, medical_care_ok AS MedicalCareOk, unknown_fields AS UnknownFields, free_text AS FreeText, status AS Status,
               reviewer_id AS ReviewerId, review_note AS ReviewNote
        FROM reports
        """;

    public long Id { get; init; }
    public string Number { get; init; } = "";
    public string VillageCode { get; init; } = "";
    public long? HouseholdId { get; init; }
    public long ReporterId { get; init; }
    public bool ForNeighbour { get; init; }
    public string? SubjectName { get; init; }
    public string Hazard { get; init; } = "";
    public string? OccurredOn { get; init; }
    public int Deaths { get; init; }
    public int Injured { get; init; }
    public string House { get; init; } = "";
    public string Crops { get; init; } = "";
    public bool LivestockLost { get; init; }
    public int? LivestockCount { get; init; }
    public string Water { get; init; } = "";
    public int? IncomeLostYuan { get; init; }
    public int? ExtraMedicalYuan { get; init; }
    public bool? HasLabour { get; init; }
    public bool? FoodOk { get; init; }
    public bool? ClothingOk { get; init; }
    public bool? SchoolingOk { get; init; }
    public bool? MedicalCareOk { get; init; }
    public string? UnknownFields { get; init; }
    public string? FreeText { get; init; }
    public string Status { get; init; } = "";
    public long? ReviewerId { get; init; }
    public string? ReviewNote { get; init; }

    public static IReadOnlyList<StoredReport> All(DbConnection c) => c.Query<StoredReport>($"{Select} ORDER BY id").AsList();

    public static StoredReport Single(DbConnection c) => All(c).Single();

    public static StoredReport ByNumber(DbConnection c, string number) =>
        c.QuerySingle<StoredReport>($"{Select} WHERE number = @Number", new { Number = number });

    public static IReadOnlyList<StoredReport> ByReporter(DbConnection c, long reporterId) =>
        c.Query<StoredReport>($"{Select} WHERE reporter_id = @ReporterId ORDER BY id", new { ReporterId = reporterId }).AsList();
}
