using System.Data.Common;
using Alerts.Monitoring.Assessment;
using Dapper;

namespace Alerts.Monitoring.Households;

/// <summary>Reads what the assessment needs of a household from its register record, in the caller's transaction.</summary>
public sealed class HouseholdProfileReader
{
    // Members as policy 003 counts them (HouseholdSize): those who actually live together.
    private const string Select = $"""
        SELECT h.is_lifted_out, h.is_monitored, h.has_dibao, h.has_dibao_edge, h.is_tekun,
               (h.has_disabled = 1 OR EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = h.id AND m.is_disabled = 1)) AS is_disabled,
               h.income_per_person_yuan, h.income_year, h.labour,
               h.food_secure, h.clothing_secure, h.education_secure, h.medical_secure, h.housing_secure, h.water_secure,
               {HouseholdSize.Columns}
        FROM households h WHERE h.id = @Id
        """;

    // Compulsory education (义务教育) is nine years from age 6: ages 6 to 15 in the year of the report.
    private const string SchoolAge = """
        SELECT EXISTS (SELECT 1 FROM household_members
                       WHERE household_id = @Id AND lives_here = 1 AND born_year BETWEEN @Year - 15 AND @Year - 6)
        """;

    private sealed record Row
    {
        public bool IsLiftedOut { get; init; }
        public bool IsMonitored { get; init; }
        public bool HasDibao { get; init; }
        public bool HasDibaoEdge { get; init; }
        public bool IsTekun { get; init; }
        public bool IsDisabled { get; init; }
        public int? IncomePerPersonYuan { get; init; }
        public int? IncomeYear { get; init; }
        public string? Labour { get; init; }
        public bool? FoodSecure { get; init; }
        public bool? ClothingSecure { get; init; }
        public bool? EducationSecure { get; init; }
        public bool? MedicalSecure { get; init; }
        public bool? HousingSecure { get; init; }
        public bool? WaterSecure { get; init; }
        public int LivingMembers { get; init; }
        public int RegisterRows { get; init; }
        public int EnrolledPeople { get; init; }
    }

    public async Task<HouseholdProfile> ReadAsync(DbConnection c, DbTransaction? tx, long? householdId, CancellationToken ct)
    {
        if (householdId is not { } id) return new HouseholdProfile();
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select, new { Id = id }, tx, cancellationToken: ct));
        if (row is null) return new HouseholdProfile();
        var members = HouseholdSize.Of(row.LivingMembers, row.RegisterRows, row.EnrolledPeople);
        return new HouseholdProfile
        {
            IsLiftedOut = row.IsLiftedOut, IsMonitored = row.IsMonitored, HasDibao = row.HasDibao, HasDibaoEdge = row.HasDibaoEdge,
            IsTekun = row.IsTekun, IsDisabled = row.IsDisabled,
            Members = members > 0 ? members : null,
            IncomePerPersonYuan = row.IncomePerPersonYuan, IncomeYear = row.IncomeYear, Labour = LabourOf(row.Labour),
            FoodSecure = row.FoodSecure, ClothingSecure = row.ClothingSecure, EducationSecure = row.EducationSecure,
            MedicalSecure = row.MedicalSecure, HousingSecure = row.HousingSecure, WaterSecure = row.WaterSecure,
        };
    }

    /// <summary>The register lists a member of compulsory-school age (6 to 15 in <paramref name="year"/>) living there.</summary>
    public Task<bool> HasSchoolAgeChildAsync(DbConnection c, DbTransaction? tx, long householdId, int year, CancellationToken ct) =>
        c.ExecuteScalarAsync<bool>(new CommandDefinition(SchoolAge, new { Id = householdId, Year = year }, tx, cancellationToken: ct));

    private static LabourCapacity? LabourOf(string? stored) => stored switch
    {
        Measures.LabourCapacity.Full => LabourCapacity.Full,
        Measures.LabourCapacity.Weak => LabourCapacity.Weak,
        Measures.LabourCapacity.None => LabourCapacity.None,
        _ => null,
    };
}
