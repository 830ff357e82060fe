using Alerts.Broadcast.Warnings;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Broadcast.Targeting;

/// <summary>
/// Counts a warning's recipients with GROUP BY over the same selection targeting uses (areas by range scan,
/// audiences by role, channel by the same expression), never loading people.
/// </summary>
public sealed class PreviewStore(StoreDb db)
{
    private readonly string _groupArea = $"""
        SELECT g.village_code, r.name AS village_name, g.role, g.channel, g.people
        FROM (SELECT p.region_code AS village_code, p.role, {RecipientSql.Channel} AS channel, COUNT(*) AS people
              FROM people p
              WHERE p.region_code >= @From AND p.region_code < @To AND p.role {db.Dialect.AnyOf("@Roles")}
              GROUP BY p.region_code, p.role, channel) g
        LEFT JOIN regions r ON r.code = g.village_code
        ORDER BY g.village_code, g.role, g.channel
        """;

    // A warning for listed households counts exactly the people targeting will reach.
    private readonly string _groupHouseholds = $"""
        SELECT g.village_code, r.name AS village_name, g.role, g.channel, g.people
        FROM (SELECT p.region_code AS village_code, p.role, {RecipientSql.Channel} AS channel, COUNT(*) AS people
              FROM warning_households wh JOIN people p ON p.household_id = wh.household_id
              WHERE wh.warning_id = @WarningId AND p.role {db.Dialect.AnyOf("@Roles")}
              GROUP BY p.region_code, p.role, channel) g
        LEFT JOIN regions r ON r.code = g.village_code
        ORDER BY g.village_code, g.role, g.channel
        """;

    public async Task<Preview> PreviewAsync(Warning warning, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var rows = (await c.QueryAsync<PreviewRow>(new CommandDefinition(_groupHouseholds,
            new { WarningId = warning.Id, Roles = Audiences.RolesOf(warning.AudienceList) }, cancellationToken: ct))).AsList();
        return rows.Count > 0 ? Of(rows) : await PreviewAsync(warning.Areas, warning.AudienceList, ct);
    }

    /// <summary>The same count for a draft not yet stored (the console's preview before submitting).</summary>
    public Task<Preview> PreviewAsync(WarningDraft draft, CancellationToken ct) => PreviewAsync(draft.Areas, draft.Audiences, ct);

    private async Task<Preview> PreviewAsync(IEnumerable<string> areas, IEnumerable<string> audiences, CancellationToken ct)
    {
        var roles = Audiences.RolesOf(audiences);
        var rows = new List<PreviewRow>();
        await using var c = await db.OpenAsync(ct);
        // The areas are disjoint, so each person is counted under exactly one of them.
        foreach (var (from, to) in AreaSet.Disjoint(areas).Select(DivisionCode.Range))
            rows.AddRange(await c.QueryAsync<PreviewRow>(new CommandDefinition(_groupArea,
                new { From = from, To = to, Roles = roles }, cancellationToken: ct)));
        return Of(rows);
    }

    private static Preview Of(List<PreviewRow> rows)
    {
        return new Preview(
            rows.Sum(r => r.People),
            Sum(rows, r => r.Channel),
            Sum(rows, r => Audiences.OfRole(r.Role)),
            rows);
    }

    private static Dictionary<string, long> Sum(IEnumerable<PreviewRow> rows, Func<PreviewRow, string> key) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(r => r.People));
}
