using System.Data.Common;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Monitoring.Cases;

/// <summary>
/// Monitoring cases, the reports they rest on and their timeline. Writes join the caller's transaction; the case's
/// guarded updates (<c>WHERE status = …</c>) are its locks.
/// </summary>
public sealed class CaseStore(StoreDb db, AuditStore audit)
{
    internal const string ListColumns = """
        m.id, m.status, m.stage, m.source, m.village_code, r.name AS village_name, m.household_id, COALESCE(h.head_name, m.head_name) AS head_name, h.address,
        (SELECT rep.number FROM case_reports cr JOIN reports rep ON rep.id = cr.report_id
         WHERE cr.case_id = m.id ORDER BY rep.created_utc, rep.id LIMIT 1) AS report_number,
        (SELECT rep.hazard FROM case_reports cr JOIN reports rep ON rep.id = cr.report_id
         WHERE cr.case_id = m.id ORDER BY rep.created_utc, rep.id LIMIT 1) AS hazard,
        m.object_type, m.risk_types, m.red_warning, m.per_capita_income_yuan, m.explanation, m.opened_utc, m.deadline_on,
        h.helper_id, m.created_utc
        """;
    private const string ListUnder = $"""
        SELECT {ListColumns}
        FROM monitoring_cases m
        JOIN regions r ON r.code = m.village_code
        LEFT JOIN households h ON h.id = m.household_id
        WHERE m.village_code >= @From AND m.village_code < @To AND (@Status IS NULL OR m.status = @Status)
        ORDER BY m.deadline_on, m.id
        """;
    private const string SelectOne = $"""
        SELECT {ListColumns}
        FROM monitoring_cases m
        JOIN regions r ON r.code = m.village_code
        LEFT JOIN households h ON h.id = m.household_id
        WHERE m.id = @Id
        """;
    private const string SelectOfHousehold = $"""
        SELECT {ListColumns}
        FROM monitoring_cases m
        JOIN regions r ON r.code = m.village_code
        LEFT JOIN households h ON h.id = m.household_id
        WHERE m.household_id = @HouseholdId
        ORDER BY m.opened_utc DESC, m.id DESC
        """;
    private const string SelectOpenOfHousehold = """
        SELECT id FROM monitoring_cases WHERE household_id = @HouseholdId AND status IN ('identifying', 'monitored')
        """;
    private const string SelectCaseOfReport = "SELECT case_id FROM case_reports WHERE report_id = @ReportId";
    private const string SelectVillage = "SELECT village_code FROM monitoring_cases WHERE id = @Id";
    private const string Insert = """
        INSERT INTO monitoring_cases (household_id, village_code, source, status, stage, object_type, risk_types, red_warning,
                                      red_warning_utc, per_capita_income_yuan, explanation, opened_utc, deadline_on,
                                      head_name, created_utc, updated_utc)
        VALUES (@HouseholdId, @VillageCode, @Source, 'identifying', 'clue', @ObjectType, @RiskTypes, @RedWarning,
                CASE WHEN @RedWarning = 1 THEN @Now END, @PerCapitaIncomeYuan, @Explanation, @OpenedUtc, @DeadlineOn, @HeadName,
                @Now, @Now)
        RETURNING id
        """;
    private const string UpdateAssessment = """
        UPDATE monitoring_cases
        SET object_type = COALESCE(@ObjectType, object_type), risk_types = @RiskTypes,
            red_warning_utc = CASE WHEN @RedWarning = 1 AND red_warning = 0 THEN @Now ELSE red_warning_utc END,
            red_warning = CASE WHEN @RedWarning = 1 THEN 1 ELSE red_warning END, per_capita_income_yuan = COALESCE(@PerCapitaIncomeYuan, per_capita_income_yuan),
            explanation = @Explanation, updated_utc = @Now
        WHERE id = @Id
        """;
    private const string AddReport = """
        INSERT INTO case_reports (case_id, report_id, added_utc) VALUES (@CaseId, @ReportId, @Now)
        ON CONFLICT (report_id) DO NOTHING
        """;
    private const string InsertEvent = """
        INSERT INTO case_events (case_id, kind, actor, at_utc, outcome, note)
        VALUES (@CaseId, @Kind, @Actor, @Now, @Outcome, @Note)
        """;
    private const string SelectEvents = """
        SELECT id, case_id, kind, actor, at_utc, outcome, note FROM case_events WHERE case_id = @CaseId ORDER BY at_utc, id
        """;
    private const string SelectReports = """
        SELECT r.number, r.hazard, r.status, r.created_utc
        FROM case_reports cr JOIN reports r ON r.id = cr.report_id
        WHERE cr.case_id = @CaseId ORDER BY r.created_utc, r.id
        """;
    private const string Decide = """
        UPDATE monitoring_cases
        SET status = @Status, stage = 'county_decided', updated_utc = @Now,
            enrolled_utc = CASE WHEN @Status = 'monitored' THEN @Now END,
            closed_utc = CASE WHEN @Status = 'declined' THEN @Now END
        WHERE id = @Id AND status = 'identifying' AND stage = 'town_revisited'
        """;
    private const string MarkMonitored = "UPDATE households SET is_monitored = 1, updated_utc = @Now WHERE id = @Id";

    /// <summary>A new case as the first clue opens it.</summary>
    public sealed record NewCase(long? HouseholdId, string VillageCode, string Source, string? ObjectType, string RiskTypes,
        bool RedWarning, int? PerCapitaIncomeYuan, string Explanation, DateTimeOffset OpenedUtc, string DeadlineOn)
    {
        /// <summary>The head's name as an applicant or a list gives it, for a household not (yet) in the register.</summary>
        public string? HeadName { get; init; }
    }

    /// <summary>An assessment written over a case's earlier one (a later report adds to the case).</summary>
    public sealed record Assessed(long Id, string? ObjectType, string RiskTypes, bool RedWarning, int? PerCapitaIncomeYuan,
        string Explanation);

    public Task<long?> OpenCaseOfHouseholdAsync(DbConnection c, DbTransaction? tx, long householdId, CancellationToken ct) =>
        c.ExecuteScalarAsync<long?>(new CommandDefinition(SelectOpenOfHousehold, new { HouseholdId = householdId }, tx, cancellationToken: ct));

    public Task<long?> CaseOfReportAsync(DbConnection c, DbTransaction? tx, long reportId, CancellationToken ct) =>
        c.ExecuteScalarAsync<long?>(new CommandDefinition(SelectCaseOfReport, new { ReportId = reportId }, tx, cancellationToken: ct));

    public Task<long> InsertAsync(DbConnection c, DbTransaction tx, NewCase @case, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            @case.HouseholdId, @case.VillageCode, @case.Source, @case.ObjectType, @case.RiskTypes, @case.RedWarning,
            @case.PerCapitaIncomeYuan, @case.Explanation, @case.OpenedUtc, @case.DeadlineOn, @case.HeadName, Now = now,
        }, tx, cancellationToken: ct));

    public Task UpdateAssessmentAsync(DbConnection c, DbTransaction tx, Assessed a, DateTimeOffset now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(UpdateAssessment, new
        {
            a.Id, a.ObjectType, a.RiskTypes, a.RedWarning, a.PerCapitaIncomeYuan, a.Explanation, Now = now,
        }, tx, cancellationToken: ct));

    /// <summary>Links a report to a case; false when the report already rests on a case.</summary>
    public async Task<bool> AddReportAsync(DbConnection c, DbTransaction tx, long caseId, long reportId, DateTimeOffset now,
        CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(AddReport, new { CaseId = caseId, ReportId = reportId, Now = now }, tx,
            cancellationToken: ct)) == 1;

    /// <summary>One step of the case's timeline, with who and when.</summary>
    public Task AppendEventAsync(DbConnection c, DbTransaction tx, long caseId, string kind, string actor, DateTimeOffset now,
        string? outcome, string? note, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(InsertEvent,
            new { CaseId = caseId, Kind = kind, Actor = actor, Now = now, Outcome = outcome, Note = note }, tx, cancellationToken: ct));

    public async Task<IReadOnlyList<CaseEvent>> EventsAsync(long caseId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<CaseEvent>(new CommandDefinition(SelectEvents, new { CaseId = caseId }, cancellationToken: ct))).AsList();
    }

    /// <summary>The reports a case rests on, oldest first.</summary>
    public async Task<IReadOnlyList<CaseReport>> ReportsAsync(long caseId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<CaseReport>(new CommandDefinition(SelectReports, new { CaseId = caseId }, cancellationToken: ct))).AsList();
    }

    /// <summary>Cases under a division-code prefix (a jurisdiction), soonest deadline first.</summary>
    public async Task<IReadOnlyList<CaseRow>> ListUnderAsync(string prefix, string? status, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(prefix);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<CaseRow>(new CommandDefinition(ListUnder,
            new { From = from, To = to, Status = status }, cancellationToken: ct))).AsList();
    }

    public async Task<CaseRow?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await GetAsync(c, null, id, ct);
    }

    public Task<CaseRow?> GetAsync(DbConnection c, DbTransaction? tx, long id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(SelectOne, new { Id = id }, tx, cancellationToken: ct));

    /// <summary>Every case of one household, open or closed, newest first.</summary>
    public async Task<IReadOnlyList<CaseRow>> OfHouseholdAsync(long householdId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<CaseRow>(new CommandDefinition(SelectOfHousehold, new { HouseholdId = householdId },
            cancellationToken: ct))).AsList();
    }

    /// <summary>The case a report rests on, if any.</summary>
    public async Task<CaseRow?> OfReportAsync(long reportId, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await CaseOfReportAsync(c, null, reportId, ct) is { } id ? await GetAsync(c, null, id, ct) : null;
    }

    public async Task<string?> VillageOfAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<string?>(new CommandDefinition(SelectVillage, new { Id = id }, cancellationToken: ct));
    }

    /// <summary>
    /// The county's decision: enrol (the household becomes 监测户) or decline with a reason, with its timeline entry and
    /// audit; false when the case was not waiting for one: identifying, and confirmed by the town's re-visit (村级审查 →
    /// 镇街审核 come first; <see cref="CaseProcedure"/> says which step is missing).
    /// </summary>
    public async Task<bool> DecideAsync(long id, bool enrol, string actor, string? reason, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var status = enrol ? CaseStatus.Monitored : CaseStatus.Declined;
        if (await c.ExecuteAsync(new CommandDefinition(Decide, new { Id = id, Status = status, Now = now }, tx, cancellationToken: ct)) == 0)
            return false;
        var row = await GetAsync(c, tx, id, ct);
        if (enrol && row?.HouseholdId is { } household)
            await c.ExecuteAsync(new CommandDefinition(MarkMonitored, new { Id = household, Now = now }, tx, cancellationToken: ct));
        await AppendEventAsync(c, tx, id, "county_decision", actor, now, enrol ? "enrolled" : "declined", reason, ct);
        await audit.AppendAsync(c, tx, actor, enrol ? "monitoring_enrolled" : "monitoring_declined", $"case:{id}", reason, ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
