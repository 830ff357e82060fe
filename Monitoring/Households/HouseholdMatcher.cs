using System.Data.Common;
using Dapper;

namespace Alerts.Monitoring.Households;

/// <summary>
/// Finds the register household a clue names (an application, a grid worker's visit, a department's list): by its
/// 户编号 in the village when given and known, otherwise by the head's name when exactly one household of the village
/// has that head. Two households with one head's name match neither: a guess would put the wrong family on the list.
/// </summary>
public sealed class HouseholdMatcher
{
    private const string SelectVillage = "SELECT village_code FROM households WHERE id = @Id";
    private const string SelectByRegisterNo =
        "SELECT id FROM households WHERE village_code = @VillageCode AND register_no = @RegisterNo";
    private const string SelectByHead =
        "SELECT id FROM households WHERE village_code = @VillageCode AND head_name = @HeadName ORDER BY id LIMIT 2";

    public Task<string?> VillageOfAsync(DbConnection c, DbTransaction? tx, long householdId, CancellationToken ct) =>
        c.ExecuteScalarAsync<string?>(new CommandDefinition(SelectVillage, new { Id = householdId }, tx, cancellationToken: ct));

    public async Task<long?> MatchAsync(DbConnection c, DbTransaction? tx, string villageCode, string headName,
        string? registerNo, CancellationToken ct)
    {
        if (registerNo is not null && await c.ExecuteScalarAsync<long?>(new CommandDefinition(SelectByRegisterNo,
                new { VillageCode = villageCode, RegisterNo = registerNo }, tx, cancellationToken: ct)) is { } byNumber)
            return byNumber;
        var byHead = (await c.QueryAsync<long>(new CommandDefinition(SelectByHead,
            new { VillageCode = villageCode, HeadName = headName }, tx, cancellationToken: ct))).AsList();
        return byHead.Count == 1 ? byHead[0] : null;
    }
}
