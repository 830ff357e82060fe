using System.Globalization;
using Alerts.Incidents.Core;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Incidents.Shelters;

/// <summary>
/// Officials manage the shelters of the villages inside their jurisdiction: one at a time, or a CSV all or nothing.
/// A village outside the caller's jurisdiction answers like a missing one. Every change is audited in its transaction.
/// </summary>
public sealed class ShelterDesk(StoreDb db, ShelterStore shelters, AuditStore audit, TimeProvider time)
{
    /// <summary>A shelter to change: null when missing, outside the caller's jurisdiction, or the caller is no official.</summary>
    public async Task<Shelter?> FindAsync(IncidentCaller caller, long id, CancellationToken ct) =>
        caller.IsOfficial && await shelters.GetAsync(id, ct) is { } s && DivisionCode.Contains(caller.RegionCode, s.VillageCode) ? s : null;

    public async Task<ShelterOutcome> CreateAsync(IncidentCaller caller, ShelterInput input, CancellationToken ct)
    {
        if (!caller.IsOfficial) return ShelterOutcome.Refused(NotOfficial);
        input = input.Trimmed();
        if (input.Check() is { Count: > 0 } errors) return ShelterOutcome.Refused(errors);
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (!DivisionCode.Contains(caller.RegionCode, input.VillageCode!) || !await shelters.VillageExistsAsync(c, tx, input.VillageCode!, ct))
            return ShelterOutcome.Refused(VillageNotFound(input.VillageCode!));
        if (await shelters.ByNameAsync(c, tx, input.VillageCode!, input.Name!, ct) is not null)
            return ShelterOutcome.Refused(IncidentRefusal.Conflict($"本村已有名为“{input.Name}”的安置点", $"The village already has a shelter named {input.Name}"));
        var id = await shelters.InsertAsync(c, tx, input, time.GetUtcNow(), ct);
        await audit.AppendAsync(c, tx, caller.Actor, "shelter.created", Subject(id), Describe(input), ct);
        await work.CommitAsync(ct);
        return new ShelterOutcome(await shelters.GetAsync(id, ct), []);
    }

    /// <summary>Changes a shelter; its village stays (a village given must be the shelter's own).</summary>
    public async Task<ShelterOutcome> UpdateAsync(IncidentCaller caller, long id, ShelterInput input, CancellationToken ct)
    {
        if (!caller.IsOfficial) return ShelterOutcome.Refused(NotOfficial);
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        var old = await shelters.GetAsync(c, tx, id, ct);
        if (old is null || !DivisionCode.Contains(caller.RegionCode, old.VillageCode)) return ShelterOutcome.Refused(ShelterNotFound(id));
        if (input.VillageCode is { Length: > 0 } v && v.Trim() != old.VillageCode)
            return ShelterOutcome.Refused(IncidentRefusal.Invalid("安置点不能改到别的村，请在新村另建", "A shelter cannot move to another village"));
        input = (input with { VillageCode = old.VillageCode }).Trimmed();
        if (input.Check() is { Count: > 0 } errors) return ShelterOutcome.Refused(errors);
        if (input.Name != old.Name && await shelters.ByNameAsync(c, tx, old.VillageCode, input.Name!, ct) is not null)
            return ShelterOutcome.Refused(IncidentRefusal.Conflict($"本村已有名为“{input.Name}”的安置点", $"The village already has a shelter named {input.Name}"));
        await shelters.UpdateAsync(c, tx, id, input, time.GetUtcNow(), ct);
        await audit.AppendAsync(c, tx, caller.Actor, "shelter.updated", Subject(id), Describe(input), ct);
        await work.CommitAsync(ct);
        return new ShelterOutcome(await shelters.GetAsync(id, ct), []);
    }

    /// <summary>Imports a CSV all or nothing: a row names a shelter by village and name; the same row again changes nothing.</summary>
    public async Task<ShelterImportResult> ImportAsync(IncidentCaller caller, string csv, CancellationToken ct)
    {
        if (!caller.IsOfficial) return ShelterImportResult.Refused([new(1, NotOfficial.Chinese, NotOfficial.English)]);
        var (rows, errors) = ShelterCsv.Parse(csv);
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        foreach (var row in rows)
            if (!DivisionCode.Contains(caller.RegionCode, row.Input.VillageCode!) || !await shelters.VillageExistsAsync(c, tx, row.Input.VillageCode!, ct))
                errors.Add(new(row.Line, "村代码不存在或不在您的管辖范围内", "No such village within your jurisdiction"));
        if (errors.Count > 0) return ShelterImportResult.Refused([.. errors.OrderBy(e => e.Line)]);
        var (created, updated, unchanged) = (0, 0, 0);
        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            var old = await shelters.ByNameAsync(c, tx, row.Input.VillageCode!, row.Input.Name!, ct);
            if (old is null) { await shelters.InsertAsync(c, tx, row.Input, now, ct); created++; }
            else if (Same(old, row.Input)) unchanged++;
            else { await shelters.UpdateAsync(c, tx, old.Id, row.Input, now, ct); updated++; }
        }
        await audit.AppendAsync(c, tx, caller.Actor, "shelter.imported", "shelters",
            string.Create(CultureInfo.InvariantCulture, $"created={created} updated={updated} unchanged={unchanged}"), ct);
        await work.CommitAsync(ct);
        return new ShelterImportResult(created, updated, unchanged, []);
    }

    private static bool Same(Shelter s, ShelterInput i) =>
        s.Address == i.Address && s.Capacity == i.Capacity && s.Latitude == i.Latitude && s.Longitude == i.Longitude;

    private static string Subject(long id) => string.Create(CultureInfo.InvariantCulture, $"shelter:{id}");

    private static string Describe(ShelterInput i) =>
        string.Create(CultureInfo.InvariantCulture, $"village={i.VillageCode} name={i.Name} capacity={i.Capacity}");

    private static readonly IncidentRefusal NotOfficial =
        IncidentRefusal.Forbidden("只有干部可以管理安置点", "Only officials manage shelters");

    private static IncidentRefusal VillageNotFound(string code) =>
        IncidentRefusal.NotFound($"村 {code} 不存在", $"Village {code} does not exist");

    internal static IncidentRefusal ShelterNotFound(long id) =>
        IncidentRefusal.NotFound(string.Create(CultureInfo.InvariantCulture, $"安置点 {id} 不存在"),
            string.Create(CultureInfo.InvariantCulture, $"Shelter {id} does not exist"));
}
