using Alerts.Store.Database;
using Dapper;

namespace Alerts.Broadcast.Warnings;

/// <summary>The published warnings in force for one village, most severe first: what the bot's 预警 answers with.</summary>
public sealed class ActiveWarningsQuery(StoreDb db)
{
    // A warning covers the village when one of its area prefixes starts the village's code.
    private const string Select = """
        SELECT DISTINCT w.id, w.level, w.headline, w.instruction, w.expires_utc
        FROM warnings w JOIN warning_areas a ON a.warning_id = w.id
        WHERE w.status = 'published' AND w.kind <> 'all_clear'
          AND w.effective_utc <= @Now AND w.expires_utc > @Now
          AND substr(@VillageCode, 1, length(a.code_prefix)) = a.code_prefix
        ORDER BY CASE w.level WHEN 'red' THEN 1 WHEN 'orange' THEN 2 WHEN 'yellow' THEN 3 ELSE 4 END, w.published_utc DESC
        LIMIT 10
        """;

    public sealed record ActiveWarningRow(long Id, string Level, string Headline, string Instruction, string ExpiresUtc);

    public async Task<IReadOnlyList<ActiveWarningRow>> ForVillageAsync(string villageCode, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<ActiveWarningRow>(new CommandDefinition(Select,
            new { VillageCode = villageCode, Now = now }, cancellationToken: ct))).AsList();
    }
}
