using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Store.Reports;

/// <summary>Reports for the console's list: filtered under a jurisdiction, newest first, one page at a time.</summary>
public sealed class ReportQuery(StoreDb db)
{
    private const string Where = """
        WHERE village_code >= @From AND village_code < @To
          AND (@VillageCode IS NULL OR village_code = @VillageCode)
          AND (@Status IS NULL OR status = @Status)
          AND (@Hazard IS NULL OR hazard = @Hazard)
          AND (@FromUtc IS NULL OR created_utc >= @FromUtc)
          AND (@ToUtc IS NULL OR created_utc < @ToUtc)
          AND (@SubmittedBefore IS NULL OR (status = 'submitted' AND created_utc < @SubmittedBefore))
        """;
    private const string SelectPage = $"""
        SELECT {ReportStore.Columns} FROM reports
        {Where}
        ORDER BY created_utc DESC, id DESC
        LIMIT @Limit OFFSET @Offset
        """;
    private const string Count = $"SELECT COUNT(*) FROM reports {Where}";
    private const string SelectByNumber = $"SELECT {ReportStore.Columns} FROM reports WHERE number = @Number";

    public async Task<ReportRecord?> GetAsync(string number, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<ReportRecord>(new CommandDefinition(SelectByNumber, new { Number = number },
            cancellationToken: ct));
    }

    public async Task<long> CountAsync(ReportFilter filter, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(Count, Parameters(filter, 0, 0), cancellationToken: ct));
    }

    public async Task<IReadOnlyList<ReportRecord>> PageAsync(ReportFilter filter, int offset, int limit, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<ReportRecord>(new CommandDefinition(SelectPage, Parameters(filter, offset, limit),
            cancellationToken: ct))).AsList();
    }

    private static object Parameters(ReportFilter f, int offset, int limit)
    {
        var (from, to) = DivisionCode.Range(f.Prefix);
        return new
        {
            From = from, To = to, f.VillageCode, f.Status, f.Hazard, f.FromUtc, f.ToUtc, f.SubmittedBefore,
            Offset = offset, Limit = limit,
        };
    }
}
