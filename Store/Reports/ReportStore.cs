using System.Data.Common;
using System.Globalization;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Store.Reports;

/// <summary>Self-reports and their review. Every write joins the caller's transaction (one turn, one transaction).</summary>
public sealed class ReportStore(StoreDb db)
{
    internal const string Columns = """
        id, number, village_code, household_id, reporter_id, for_neighbour, subject_name, hazard, occurred_on, deaths,
        injured, house, crops, livestock_lost, livestock_count, water, income_lost_yuan, income_lost_max_yuan,
        extra_medical_yuan, extra_medical_max_yuan, unknown_fields, has_labour, food_ok, clothing_ok, schooling_ok, medical_care_ok,
        free_text, latitude, longitude, media_ids, status, reviewer_id, reviewed_utc, review_note, created_utc, updated_utc
        """;
    // The id (and from it the number) is taken inside the write transaction, so no other writer takes the same one.
    private readonly string _nextId = db.Dialect.NextId("reports");
    private const string Insert = $"""
        INSERT INTO reports ({Columns})
        VALUES (@Id, @Number, @VillageCode, @HouseholdId, @ReporterId, @ForNeighbour, @SubjectName, @Hazard, @OccurredOn,
                @Deaths, @Injured, @House, @Crops, @LivestockLost, @LivestockCount, @Water, @IncomeLostYuan,
                @IncomeLostMaxYuan, @ExtraMedicalYuan, @ExtraMedicalMaxYuan, @UnknownFields, @HasLabour, @FoodOk, @ClothingOk, @SchoolingOk, @MedicalCareOk,
                @FreeText, @Latitude, @Longitude, @MediaIds, 'submitted', NULL, NULL, NULL,
                @CreatedUtc, @CreatedUtc)
        """;
    private const string SelectByNumber = $"SELECT {Columns} FROM reports WHERE number = @Number";
    private readonly string _selectByIds = $"SELECT {Columns} FROM reports WHERE id {db.Dialect.AnyOf("@Ids")} ORDER BY created_utc, id";
    private const string SelectPendingForWorker = $"""
        SELECT {Columns} FROM reports
        WHERE status = 'submitted'
          AND village_code IN (SELECT region_code FROM grid_assignments WHERE worker_id = @WorkerId)
        ORDER BY created_utc, id
        LIMIT @Limit
        """;
    private const string SelectByReporter = $"""
        SELECT {Columns} FROM reports WHERE reporter_id = @ReporterId ORDER BY created_utc DESC, id DESC LIMIT @Limit
        """;
    private const string InGrid =
        "SELECT EXISTS (SELECT 1 FROM grid_assignments WHERE worker_id = @WorkerId AND region_code = @VillageCode)";
    private const string Review = """
        UPDATE reports SET status = @Status, reviewer_id = @ReviewerId, reviewed_utc = @Now, review_note = @Note,
                           updated_utc = @Now
        WHERE id = @Id AND status = 'submitted'
        """;

    // A correction names one field; each maps to a fixed statement, so no text from a message ever reaches the SQL.
    private static readonly Dictionary<string, string> Corrections = new(StringComparer.Ordinal)
    {
        ["house"] = "UPDATE reports SET house = @Value, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
        ["crops"] = "UPDATE reports SET crops = @Value, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
        ["water"] = "UPDATE reports SET water = @Value, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
        ["injured"] = "UPDATE reports SET injured = @Value, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
        ["deaths"] = "UPDATE reports SET deaths = @Value, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
        // A worker's figure replaces the range the villager said.
        ["income_lost_yuan"] = "UPDATE reports SET income_lost_yuan = @Value, income_lost_max_yuan = NULL, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
        ["extra_medical_yuan"] = "UPDATE reports SET extra_medical_yuan = @Value, extra_medical_max_yuan = NULL, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
        ["hazard"] = "UPDATE reports SET hazard = @Value, updated_utc = @Now WHERE id = @Id AND status = 'submitted'",
    };

    /// <summary>Corrects one field of a submitted report (a grid worker's finding on the visit).</summary>
    public async Task<bool> CorrectAsync(DbConnection c, DbTransaction tx, long id, string field, object value,
        DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(Corrections[field], new { Id = id, Value = value, Now = now }, tx, cancellationToken: ct)) == 1;

    /// <summary>True when the village is one the worker is assigned to.</summary>
    public Task<bool> IsInGridAsync(DbConnection c, DbTransaction? tx, long workerId, string villageCode, CancellationToken ct) =>
        c.ExecuteScalarAsync<bool>(new CommandDefinition(InGrid, new { WorkerId = workerId, VillageCode = villageCode }, tx, cancellationToken: ct));

    /// <summary>Stores a new report and returns it with its id and number.</summary>
    public async Task<ReportRecord> InsertAsync(DbConnection c, DbTransaction tx, ReportRecord report, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(_nextId, transaction: tx, cancellationToken: ct));
        // Six digits from 100001 up: short enough to read out on the phone, never starts with 0.
        var stored = report with { Id = id, Number = (100_000 + id).ToString(CultureInfo.InvariantCulture), Status = "submitted" };
        await c.ExecuteAsync(new CommandDefinition(Insert, stored, tx, cancellationToken: ct));
        return stored;
    }

    public Task<ReportRecord?> GetByNumberAsync(DbConnection c, DbTransaction? tx, string number, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<ReportRecord>(new CommandDefinition(SelectByNumber, new { Number = number }, tx, cancellationToken: ct));

    /// <summary>Reports waiting for this grid worker's visit, oldest first.</summary>
    /// <summary>The reports with these ids (an incident's items), oldest first; ids with no report are skipped.</summary>
    public async Task<IReadOnlyList<ReportRecord>> ByIdsAsync(DbConnection c, DbTransaction? tx, IReadOnlyCollection<long> ids,
        CancellationToken ct) =>
        ids.Count == 0 ? [] : (await c.QueryAsync<ReportRecord>(new CommandDefinition(_selectByIds, new { Ids = ids.ToArray() }, tx, cancellationToken: ct))).AsList();

    public async Task<IReadOnlyList<ReportRecord>> PendingForWorkerAsync(DbConnection c, DbTransaction? tx,
        long workerId, int limit, CancellationToken ct) =>
        (await c.QueryAsync<ReportRecord>(new CommandDefinition(SelectPendingForWorker,
            new { WorkerId = workerId, Limit = limit }, tx, cancellationToken: ct))).AsList();

    public async Task<IReadOnlyList<ReportRecord>> ByReporterAsync(DbConnection c, DbTransaction? tx,
        long reporterId, int limit, CancellationToken ct) =>
        (await c.QueryAsync<ReportRecord>(new CommandDefinition(SelectByReporter,
            new { ReporterId = reporterId, Limit = limit }, tx, cancellationToken: ct))).AsList();

    /// <summary>Confirms or rejects a submitted report; false when it was already reviewed. <paramref name="reviewerId"/> is
    /// the grid worker (a person); null when an account of the console reviewed it (the audit log names the account).</summary>
    public async Task<bool> ReviewAsync(DbConnection c, DbTransaction tx, long id, string status, long? reviewerId,
        string? note, DateTimeOffset now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(Review,
            new { Id = id, Status = status, ReviewerId = reviewerId, Note = note, Now = now }, tx, cancellationToken: ct)) == 1;
}
