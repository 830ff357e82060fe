using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Identity.Accounts;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Notifications;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Identity.Roster;

/// <summary>
/// The duty roster: per town, county and city an ordered list of people on duty, each with the channel that reaches
/// them. It is the one place that "tell the officials" reads: help requests with no known village, their escalation,
/// a grid worker's 险情通报 (the town is told), and later monitoring and incidents.
/// </summary>
public sealed class DutyRoster(StoreDb db, PersonStore people, RegionStore regions, NotificationStore notifications, AuditStore audit)
{
    private readonly string _select = $"""
        SELECT r.region_code, r.position, r.person_id, p.name, r.channel
        FROM duty_roster r JOIN people p ON p.id = r.person_id
        WHERE r.region_code {db.Dialect.AnyOf("@Codes")}
        ORDER BY r.region_code, r.position
        """;
    private const string Clear = "DELETE FROM duty_roster WHERE region_code = @Region";
    private const string Insert = "INSERT INTO duty_roster (region_code, position, person_id, channel) VALUES (@Region, @Position, @PersonId, @Channel)";

    /// <summary>The roster of one place (a town, county or city code), in order.</summary>
    public async Task<IReadOnlyList<RosterEntry>> OfAsync(string regionCode, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await ListAsync(c, null, [regionCode], ct);
    }

    /// <summary>
    /// Everyone on duty above <paramref name="code"/>, nearest first: the town's list, then the county's, then the
    /// city's. The order help escalates in.
    /// </summary>
    public Task<IReadOnlyList<RosterEntry>> ChainAsync(DbConnection c, DbTransaction? tx, string code, CancellationToken ct)
    {
        var codes = new List<string>();
        for (string? at = code; at is not null; at = DivisionCode.Parent(at))
            if (DivisionCode.Level(at) is >= 2 and <= 4) codes.Add(at);
        return ListAsync(c, tx, codes, ct);
    }

    /// <summary>The roster of the place at <paramref name="level"/> (2 city, 3 county, 4 town) above or at <paramref name="code"/>.</summary>
    public Task<IReadOnlyList<RosterEntry>> AtLevelAsync(DbConnection c, DbTransaction? tx, string code, int level,
        CancellationToken ct) =>
        ListAsync(c, tx, [DivisionCode.AtLevel(code, level)], ct);

    /// <summary>Tells every entry of <paramref name="entries"/> on their roster channel, in the caller's transaction.</summary>
    public async Task TellAsync(DbConnection c, DbTransaction tx, IEnumerable<RosterEntry> entries, string text, string reason,
        DateTimeOffset now, CancellationToken ct)
    {
        foreach (var e in entries) await notifications.InsertAsync(c, tx, e.PersonId, text, reason, now, ct, onlyChannel: e.Channel);
    }

    /// <summary>
    /// Replaces the roster of a town, county or city. Each entry names a grid worker or official (by id or phone) and
    /// optionally a channel (wechat or sms; default: WeChat when they follow the account, else SMS), which must reach
    /// them. Returns the errors (Chinese / English) and changes nothing when there are any.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetAsync(string region, IReadOnlyList<string> entries, string actor, CancellationToken ct) =>
        (await SetAsync(region, entries, actor, within: null, ct)).Select(e => e.Message).ToList();

    /// <summary>
    /// The same on behalf of an admin: the place and every person on its roster must lie under the admin's jurisdiction
    /// (someone outside it is answered like someone unknown). Errors name the entry they are about.
    /// </summary>
    public async Task<IReadOnlyList<RosterError>> SetAsync(Account admin, string region, IReadOnlyList<string> entries, CancellationToken ct)
    {
        if (admin.Role != AccountRoles.Admin) return [new(null, "只有管理员可以修改值班表 / only an admin may set a duty roster")];
        if (DivisionCode.ToPrefix(region) is not { } prefix || !DivisionCode.Contains(admin.RegionCode, prefix.PadRight(12, '0')))
            return [new(null, $"{region} 不在您的辖区内 / {region} is outside your jurisdiction")];
        return await SetAsync(region, entries, admin.Actor, admin.RegionCode, ct);
    }

    private async Task<IReadOnlyList<RosterError>> SetAsync(string region, IReadOnlyList<string> entries, string actor, string? within,
        CancellationToken ct)
    {
        var code = DivisionCode.ToPrefix(region)?.PadRight(12, '0');
        if (code is null || await regions.GetAsync(code, ct) is not { Level: >= 2 and <= 4 })
            return [new(null, $"{region} 不是已知的市、区县或乡镇 / {region} is not a known city, county or town")];
        var errors = new List<RosterError>();
        var resolved = new List<(Person Person, string Channel)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (who, channel) = Split(entries[i]);
            var person = await PersonRef.FindAsync(people, who, ct);
            if (person is null || (within is not null && !DivisionCode.Contains(within, person.RegionCode)))
                errors.Add(new(i, $"找不到 {who} / no person {who}"));
            else if (person.Role is not (Roles.GridWorker or Roles.Official)) errors.Add(new(i, $"{who} 不是工作人员 / {who} is not staff"));
            // On duty for a place means working in it or above it: nobody answers for a county they have no part in.
            else if (!DivisionCode.Overlaps(code, person.RegionCode))
                errors.Add(new(i, $"{who} 不在 {code} 工作 / {who} does not work in {code}"));
            else if (resolved.Any(r => r.Person.Id == person.Id)) errors.Add(new(i, "同一人不能出现两次 / a person appears twice"));
            else if (ChannelFor(person, channel) is { } ok) resolved.Add((person, ok));
            else errors.Add(new(i, $"{who} 无法通过 {channel ?? "微信或短信"} 联系 / {who} cannot be reached on {channel ?? "wechat or sms"}"));
        }
        if (errors.Count > 0) return errors;

        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(Clear, new { Region = code }, tx, cancellationToken: ct));
        for (var i = 0; i < resolved.Count; i++)
            await c.ExecuteAsync(new CommandDefinition(Insert,
                new { Region = code, Position = i + 1, PersonId = resolved[i].Person.Id, resolved[i].Channel }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, actor, "duty_roster_set", $"region:{code}",
            string.Join(",", resolved.Select(r => $"{r.Person.Id}:{r.Channel}")), ct);
        await tx.CommitAsync(ct);
        return [];
    }

    private static string? ChannelFor(Person p, string? wanted) =>
        wanted is null or ChannelChoice.WeChat or ChannelChoice.Sms ? ChannelChoice.Best(p.Reach, wanted) : null;

    private static (string Who, string? Channel) Split(string entry)
    {
        var i = entry.LastIndexOf(':');
        return i > 0 ? (entry[..i].Trim(), entry[(i + 1)..].Trim().ToLowerInvariant()) : (entry.Trim(), null);
    }

    private async Task<IReadOnlyList<RosterEntry>> ListAsync(DbConnection c, DbTransaction? tx, IReadOnlyList<string> codes,
        CancellationToken ct) =>
        (await c.QueryAsync<RosterEntry>(new CommandDefinition(_select, new { Codes = codes.ToArray() }, tx, cancellationToken: ct)))
        .OrderByDescending(e => DivisionCode.Level(e.RegionCode)).ThenBy(e => e.Position).ToList();
}
