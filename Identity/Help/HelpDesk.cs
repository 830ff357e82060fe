using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Identity.Roster;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Identity.Help;

/// <summary>
/// A cry for help always reaches a person: the village's grid workers when the village is known, else the first person
/// on the county's duty roster; the person's own words and number go with it. The request stays open until someone
/// marks it handled, and every <see cref="HelpOptions.EscalateAfter"/> until then the next person on duty is told
/// (the town's roster, then the county's, then the city's).
/// </summary>
public sealed partial class HelpDesk(
    StoreDb db, PersonStore people, RegionStore regions, DutyRoster roster, NotificationStore notifications, AuditStore audit,
    IOptions<HelpOptions> options, TimeProvider time, ILogger<HelpDesk> logger)
{
    private const string Columns = """
        id, channel, address, person_id, name, phone, village_code, region_code, words, status, steps_told, next_escalation_utc,
        created_utc, updated_utc, handled_utc, handled_by, handled_note
        """;
    private const string OpenOf = $"""
        SELECT {Columns} FROM help_requests
        WHERE channel = @Channel AND address = @Address AND status = 'open' AND updated_utc >= @Since
        ORDER BY id DESC LIMIT 1
        """;
    private const string SelectById = $"SELECT {Columns} FROM help_requests WHERE id = @Id";
    private const string Insert = """
        INSERT INTO help_requests (channel, address, person_id, name, phone, village_code, region_code, words, status, steps_told,
                                   next_escalation_utc, created_utc, updated_utc)
        VALUES (@Channel, @Address, @PersonId, @Name, @Phone, @VillageCode, @RegionCode, @Words, 'open', @StepsTold, @Next, @Now, @Now)
        RETURNING id
        """;
    // The line break comes with the words: SQLite spells it char(10), PostgreSQL chr(10).
    private const string AddWords = "UPDATE help_requests SET words = words || @Words, updated_utc = @Now WHERE id = @Id";
    private const string Due = "SELECT id FROM help_requests WHERE status = 'open' AND next_escalation_utc <= @Now ORDER BY next_escalation_utc LIMIT 20";
    private const string Escalated = """
        UPDATE help_requests SET steps_told = @StepsTold, next_escalation_utc = @Next
        WHERE id = @Id AND status = 'open' AND steps_told = @Before
        """;
    private const string Handle = """
        UPDATE help_requests SET status = 'handled', handled_utc = @Now, handled_by = @By, handled_note = @Note, next_escalation_utc = NULL,
                                 updated_utc = @Now
        WHERE id = @Id AND status = 'open'
        """;
    private const string SelectUnder = $"""
        SELECT {Columns} FROM help_requests
        WHERE region_code >= @From AND region_code < @To AND (@Status IS NULL OR status = @Status)
        ORDER BY id DESC LIMIT 200
        """;

    private sealed record Recipient(long PersonId, string Label, string? Channel);

    /// <summary>Records the call (or adds the words to the caller's open one) and tells the first step of the chain.</summary>
    public async Task<HelpRaised> RaiseAsync(DbConnection c, DbTransaction tx, HelpCaller caller, string words,
        DateTimeOffset now, CancellationToken ct)
    {
        if (await OpenForAsync(c, tx, caller.Channel, caller.Address, now, ct) is { } open)
        {
            await c.ExecuteAsync(new CommandDefinition(AddWords, new { open.Id, Words = "\n" + words, Now = now }, tx, cancellationToken: ct));
            var told = (await StepsAsync(c, tx, open, ct)).Take(open.StepsTold).SelectMany(s => s).ToList();
            var more = open with { Words = open.Words + "\n" + words };
            await TellAsync(c, tx, told, $"【求助补充 {open.Number}】" + await BodyAsync(more, words, ct), now, ct);
            return new HelpRaised(more, told.Select(r => r.Label).Distinct().ToList(), AddedToOpen: true);
        }

        var region = caller.VillageCode ?? await FallbackCountyAsync(ct);
        var request = new HelpRequest
        {
            Channel = caller.Channel, Address = caller.Address, PersonId = caller.PersonId, Name = caller.Name, Phone = caller.Phone,
            VillageCode = caller.VillageCode, RegionCode = region, Words = words, Status = "open", CreatedUtc = now, UpdatedUtc = now,
        };
        var steps = await StepsAsync(c, tx, request, ct);
        var first = steps.Count > 0 ? steps[0] : [];
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(Insert, new
        {
            request.Channel, request.Address, request.PersonId, request.Name, request.Phone, request.VillageCode, request.RegionCode,
            request.Words, StepsTold = steps.Count > 0 ? 1 : 0, Next = now + options.Value.EscalateAfter, Now = now,
        }, tx, cancellationToken: ct));
        request = request with { Id = id, StepsTold = steps.Count > 0 ? 1 : 0 };
        await TellAsync(c, tx, first, $"【求助 {request.Number}】" + await BodyAsync(request, words, ct), now, ct);
        await audit.AppendAsync(c, tx, AuditActors.Chat(caller.Channel, caller.Address), "help_requested", $"help:{id}",
            $"told {first.Count}", ct);
        if (first.Count == 0) NoOneOnDuty(logger, id, region);
        return new HelpRaised(request, first.Select(r => r.Label).ToList(), AddedToOpen: false);
    }

    /// <summary>The caller's open request, when it is recent enough for more words to join it.</summary>
    public Task<HelpRequest?> OpenForAsync(DbConnection c, DbTransaction tx, string channel, string address, DateTimeOffset now,
        CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<HelpRequest>(new CommandDefinition(OpenOf,
            new { Channel = channel, Address = address, Since = now - options.Value.FollowUpWindow }, tx, cancellationToken: ct));

    /// <summary>Tells the next person on duty about every open request whose time is up; returns how many escalated.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        var due = (await c.QueryAsync<long>(new CommandDefinition(Due, new { Now = now }, cancellationToken: ct))).AsList();
        var escalated = 0;
        foreach (var id in due)
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var request = await c.QuerySingleAsync<HelpRequest>(new CommandDefinition(SelectById, new { Id = id }, tx, cancellationToken: ct));
            var steps = await StepsAsync(c, tx, request, ct);
            var exhausted = request.StepsTold >= steps.Count;
            // Another Host may have escalated it first: the guarded update then changes nothing and this one stands back.
            var changed = await c.ExecuteAsync(new CommandDefinition(Escalated, new
            {
                Id = id, Before = request.StepsTold, StepsTold = exhausted ? request.StepsTold : request.StepsTold + 1,
                Next = now + options.Value.EscalateAfter,
            }, tx, cancellationToken: ct));
            if (changed == 1 && !exhausted)
            {
                var earlier = steps.Take(request.StepsTold).SelectMany(s => s).Select(r => r.Label).Distinct().ToList();
                var minutes = (int)(now - request.CreatedUtc).TotalMinutes;
                var text = $"【求助未处理 {request.Number}，已过{minutes}分钟】" + await BodyAsync(request, request.Words, ct) +
                           (earlier.Count > 0 ? $"已通知过：{string.Join("、", earlier)}。" : "");
                await TellAsync(c, tx, steps[request.StepsTold], text, now, ct);
                await audit.AppendAsync(c, tx, "help_escalation", "help_escalated", $"help:{id}", $"step {request.StepsTold + 1}", ct);
                escalated++;
            }
            else if (changed == 1)
            {
                RosterExhausted(logger, id, minutes: (int)(now - request.CreatedUtc).TotalMinutes);
            }
            await tx.CommitAsync(ct);
        }
        return escalated;
    }

    /// <summary>
    /// Marks a request handled by someone whose jurisdiction covers it (<paramref name="jurisdiction"/>: a division
    /// code); the person who asked is told when we know them.
    /// </summary>
    public async Task<HandleOutcome> HandleAsync(DbConnection c, DbTransaction tx, long id, string actor, string jurisdiction,
        string? note, DateTimeOffset now, CancellationToken ct)
    {
        var request = await c.QuerySingleOrDefaultAsync<HelpRequest>(new CommandDefinition(SelectById, new { Id = id }, tx, cancellationToken: ct));
        if (request is null) return HandleOutcome.NotFound;
        if (!DivisionCode.Contains(jurisdiction, request.RegionCode)) return HandleOutcome.Forbidden;
        // The guarded update decides: another Host's official may have handled it since the read.
        if (request.Status != "open" ||
            await c.ExecuteAsync(new CommandDefinition(Handle, new { Id = id, Now = now, By = actor, Note = note }, tx, cancellationToken: ct)) == 0)
            return HandleOutcome.AlreadyHandled;
        await audit.AppendAsync(c, tx, actor, "help_handled", $"help:{id}", note, ct);
        if (request.PersonId is { } person)
            await notifications.InsertAsync(c, tx, person, $"您的求助（{request.Number}）已有工作人员处理。" + (string.IsNullOrWhiteSpace(note) ? "" : note),
                "help_handled", now, ct);
        return HandleOutcome.Handled;
    }

    /// <summary><see cref="HandleAsync(DbConnection, DbTransaction, long, string, string, string?, DateTimeOffset, CancellationToken)"/> in its own transaction.</summary>
    public async Task<HandleOutcome> HandleAsync(long id, string actor, string jurisdiction, string? note, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var outcome = await HandleAsync(c, tx, id, actor, jurisdiction, note, time.GetUtcNow(), ct);
        await tx.CommitAsync(ct);
        return outcome;
    }

    public async Task<HelpRequest?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.QuerySingleOrDefaultAsync<HelpRequest>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: ct));
    }

    /// <summary>Requests under a jurisdiction, newest first (at most 200); <paramref name="status"/> open or handled, or null for both.</summary>
    public async Task<IReadOnlyList<HelpRequest>> UnderAsync(string jurisdiction, string? status, CancellationToken ct)
    {
        var (from, to) = DivisionCode.Range(DivisionCode.ToPrefix(jurisdiction) ?? jurisdiction);
        await using var c = await db.OpenAsync(ct);
        return (await c.QueryAsync<HelpRequest>(new CommandDefinition(SelectUnder, new { From = from, To = to, Status = status },
            cancellationToken: ct))).AsList();
    }

    /// <summary>
    /// Who is told, step by step: the village's grid workers together (when the village is known), then each person on
    /// duty above it in roster order, one at a time.
    /// </summary>
    private async Task<List<IReadOnlyList<Recipient>>> StepsAsync(DbConnection c, DbTransaction tx, HelpRequest r, CancellationToken ct)
    {
        var steps = new List<IReadOnlyList<Recipient>>();
        if (r.VillageCode is { } village)
        {
            // A grid worker who cries for help is not told of their own cry: the roster is.
            var workers = (await people.GridWorkersOfAsync(c, tx, village, ct)).Where(w => w.Id != r.PersonId).ToList();
            if (workers.Count > 0) steps.Add(workers.Select(w => new Recipient(w.Id, $"网格员{w.Name}", null)).ToList());
        }
        foreach (var e in await roster.ChainAsync(c, tx, r.RegionCode, ct))
            steps.Add([new Recipient(e.PersonId, $"值班人员{e.Name}", e.Channel)]);
        return steps;
    }

    private async Task TellAsync(DbConnection c, DbTransaction tx, IEnumerable<Recipient> recipients, string text,
        DateTimeOffset now, CancellationToken ct)
    {
        foreach (var r in recipients) await notifications.InsertAsync(c, tx, r.PersonId, text, "help_requested", now, ct, onlyChannel: r.Channel);
    }

    /// <summary>Who, where, how to reach them, and their own words.</summary>
    private async Task<string> BodyAsync(HelpRequest r, string words, CancellationToken ct)
    {
        var place = r.VillageCode is { } v ? await PlaceNameAsync(v, ct) : "村子不详";
        var contact = r.Phone is { } phone ? $"电话{phone}" : "没有登记电话，只能通过微信联系";
        return $"{r.Name ?? "未登记的人"}（{place}），{contact}。原话：“{words}”。请马上联系，处理后回复“已处理 {r.Number}”。";
    }

    private async Task<string> PlaceNameAsync(string village, CancellationToken ct)
    {
        var v = await regions.GetAsync(village, ct);
        var town = DivisionCode.Parent(village) is { } t ? await regions.GetAsync(t, ct) : null;
        return $"{town?.Name}{v?.Name ?? village}";
    }

    private async Task<string> FallbackCountyAsync(CancellationToken ct)
    {
        if (DivisionCode.ToPrefix(options.Value.FallbackCounty) is { } prefix) return prefix.PadRight(12, '0');
        var counties = await regions.AtLevelAsync(3, ct);
        return counties.Count == 1 ? counties[0].Code : counties.FirstOrDefault()?.Code ?? "000000000000";
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "Help request {HelpId} reached nobody: no grid worker and no duty roster for {RegionCode}")]
    private static partial void NoOneOnDuty(ILogger logger, long helpId, string regionCode);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Help request {HelpId} is still open after {Minutes} minutes and everyone on duty has been told")]
    private static partial void RosterExhausted(ILogger logger, long helpId, int minutes);
}
