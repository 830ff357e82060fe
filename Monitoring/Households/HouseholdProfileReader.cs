using Alerts.Monitoring.Assessment;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Alerts.Monitoring.Households;

/// <summary>Reads what the assessment needs of a household from its register record, in the caller's transaction.</summary>
public sealed class HouseholdProfileReader
{
    // Members as policy 003 counts them (HouseholdSize): those who actually live together.
    private const string Select = $"""
        SELECT h.is_lifted_out, h.is_monitored, h.has_disabled, h.income_per_person_yuan,
               {HouseholdSize.Columns}
        FROM households h WHERE h.id = @Id
        """;

    private sealed record Row
    {
        public bool IsLiftedOut { get; init; }
        public bool IsMonitored { get; init; }
        public bool HasDisabled { get; init; }
        public int? IncomePerPersonYuan { get; init; }
        public int LivingMembers { get; init; }
        public int RegisterRows { get; init; }
        public int EnrolledPeople { get; init; }
    }

    public async Task<HouseholdProfile> ReadAsync(SqliteConnection c, SqliteTransaction? tx, long? householdId, CancellationToken ct)
    {
        if (householdId is not { } id) return new HouseholdProfile();
        var row = await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Select, new { Id = id }, tx, cancellationToken: ct));
        if (row is null) return new HouseholdProfile();
        var members = HouseholdSize.Of(row.LivingMembers, row.RegisterRows, row.EnrolledPeople);
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
