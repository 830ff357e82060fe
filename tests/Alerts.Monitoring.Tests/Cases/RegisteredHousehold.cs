using System.Data.Common;
using Dapper;

namespace Alerts.Monitoring.Tests.Cases;

/// <summary>
/// An ordinary household of the demo county (not lifted out, not monitored) and one of its people, with its register
/// record written as a village register import would leave it.
/// </summary>
internal sealed record RegisteredHousehold(long Id, string VillageCode, long PersonId)
{
    public static RegisteredHousehold Pick(DbConnection c, int nth = 0) => c.QueryFirst<RegisteredHousehold>("""
        SELECT h.id AS Id, h.village_code AS VillageCode, MIN(p.id) AS PersonId
        FROM households h JOIN people p ON p.household_id = h.id
        WHERE h.is_lifted_out = 0 AND h.is_monitored = 0
        GROUP BY h.id ORDER BY h.id LIMIT 1 OFFSET @Nth
        """, new { Nth = nth });

    public RegisteredHousehold WithIncome(DbConnection c, int? perPerson, int year)
    {
        c.Execute("UPDATE households SET income_per_person_yuan = @PerPerson, income_year = @Year WHERE id = @Id",
            new { PerPerson = perPerson, Year = year, Id });
        return this;
    }

    /// <summary>Adds a register member; <paramref name="livesHere"/> false is 户在人不在.</summary>
    public RegisteredHousehold WithMember(DbConnection c, string name, int? bornYear, bool livesHere = true, bool disabled = false)
    {
        c.Execute("""
            INSERT INTO household_members (household_id, position, name, relation, born_year, lives_here, is_disabled)
            VALUES (@Id, (SELECT COUNT(*) + 1 FROM household_members WHERE household_id = @Id), @Name, '家人', @BornYear, @LivesHere, @Disabled)
            """, new { Id, Name = name, BornYear = bornYear, LivesHere = livesHere, Disabled = disabled });
        return this;
    }
}
