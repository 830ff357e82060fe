using Alerts.Monitoring.Assessment;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Monitoring.Households;

/// <summary>Reads what the assessment needs of a household from its register record, in the caller's transaction.</summary>
public sealed class HouseholdProfileReader
{
    // Members as policy 003 counts them: those who actually live together. A household nobody imported a register for
    // falls back to the people enrolled in it (at least the reporter).
    private const string Select = """
        SELECT h.is_lifted_out, h.is_monitored, h.has_disabled, h.income_per_person_yuan,
               (SELECT COUNT(*) FROM household_members m WHERE m.household_id = h.id AND m.lives_here = 1) AS register_members,
               (SELECT COUNT(*) FROM household_members m WHERE m.household_id = h.id) AS register_rows,
               (SELECT COUNT(*) FROM people p WHERE p.household_id = h.id) AS enrolled_people
        FROM households h WHERE h.id = @Id
        """;

    private sealed record Row
    {
        public bool IsLiftedOut { get; init; }
        public bool IsMonitored { get; init; }
        public bool HasDisabled { get; init; }
        public int? IncomePerPersonYuan { get; init; }
        public int RegisterMembers { get; init; }
        public int RegisterRows { get; init; }
        public int EnrolledPeople { get; init; }
    }

    public async Task<HouseholdProfile> ReadAsync(SqliteConnection c, SqliteTransaction? tx, long? householdId, CancellationToken ct)
    {
        if (householdId is not { } id) return new HouseholdProfile();
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select, new { Id = id }, tx, cancellationToken: ct));
        if (row is null) return new HouseholdProfile();
        var members = row.RegisterRows > 0 ? row.RegisterMembers : Math.Max(1, row.EnrolledPeople);
        return new HouseholdProfile
        {
            IsLiftedOut = row.IsLiftedOut,
            IsMonitored = row.IsMonitored,
            IsDisabled = row.HasDisabled,
            Members = members,
            AnnualIncomeYuan = row.IncomePerPersonYuan is { } perPerson && members > 0 ? perPerson * members : null,
        };
    }
}
