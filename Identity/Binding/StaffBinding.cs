using System.Data.Common;
using Alerts.Channels.Messages;
using Alerts.Identity.Accounts;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Dapper;
using Microsoft.Extensions.Options;

namespace Alerts.Identity.Binding;

public enum BindOutcome
{
    Bound,
    /// <summary>Not a live code (unknown, used or expired); a failure is counted.</summary>
    Invalid,
    /// <summary>Too many wrong codes from this address in the window.</summary>
    TooOften,
    /// <summary>The chat address already belongs to someone else.</summary>
    AddressTaken,
}

public sealed record BindResult(BindOutcome Outcome, Person? Person = null);

/// <summary>
/// Staff are bound, not found: a grid worker or official holds staff powers in chat only through an address bound
/// with a one-time code that an admin of their jurisdiction issued. Knowing a worker's phone number gives nothing.
/// </summary>
public sealed class StaffBinding(StoreDb db, PersonStore people, AuditStore audit, IOptions<IdentityOptions> options, TimeProvider time)
{
    private const string InsertCode = """
        INSERT INTO binding_codes (person_id, code_hash, issued_by, created_utc, expires_utc)
        VALUES (@PersonId, @Hash, @IssuedBy, @Now, @Expires)
        """;
    private const string FindCode = """
        SELECT id, person_id FROM binding_codes
        WHERE code_hash = @Hash AND used_utc IS NULL AND expires_utc > @Now
        """;
    private const string WithdrawCodes =
        "UPDATE binding_codes SET expires_utc = @Now WHERE person_id = @PersonId AND used_utc IS NULL AND expires_utc > @Now";
    private const string UseCode = "UPDATE binding_codes SET used_utc = @Now WHERE id = @Id AND used_utc IS NULL";
    private const string CountFailures = "SELECT COUNT(*) FROM binding_failures WHERE channel = @Channel AND address = @Address AND at_utc >= @Since";
    private const string InsertFailure = "INSERT INTO binding_failures (channel, address, at_utc) VALUES (@Channel, @Address, @Now)";
    private const string Unbind = "DELETE FROM staff_bindings WHERE person_id = @PersonId AND channel = @Channel";
    private const string Bind = """
        INSERT INTO staff_bindings (channel, address, person_id, code_id, bound_utc) VALUES (@Channel, @Address, @PersonId, @CodeId, @Now)
        ON CONFLICT (channel, address) DO UPDATE SET person_id = excluded.person_id, code_id = excluded.code_id, bound_utc = excluded.bound_utc
        """;
    private const string IsBound = "SELECT EXISTS (SELECT 1 FROM staff_bindings WHERE channel = @Channel AND address = @Address AND person_id = @PersonId)";

    private sealed record CodeRow
    {
        public long Id { get; init; }
        public long PersonId { get; init; }
    }

    /// <summary>
    /// Issues a binding code for a grid worker or official (by id or phone) on behalf of an admin whose jurisdiction
    /// covers theirs. Returns the code (shown once; only its hash is kept) or the reason it was refused (Chinese / English).
    /// </summary>
    public async Task<(Person? Person, string? Code, string? Error)> IssueAsync(Account admin, string personRef, CancellationToken ct)
    {
        var (person, error) = await StaffOfAsync(admin, personRef, ct);
        if (person is null) return (null, null, error);

        var code = BindingCodes.NewCode();
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(InsertCode, new
        {
            PersonId = person.Id, Hash = BindingCodes.Hash(BindingCodes.Normalize(code)!), IssuedBy = admin.Id, Now = now,
            Expires = now + options.Value.BindingCodeLifetime,
        }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, admin.Actor, "binding_code_issued", $"person:{person.Id}", null, ct);
        await tx.CommitAsync(ct);
        return (person, code, null);
    }

    /// <summary>
    /// Withdraws every unused code of a grid worker or official of the admin's jurisdiction (a code handed to the wrong
    /// person, or lost). Returns how many were withdrawn, or why not (Chinese / English).
    /// </summary>
    public async Task<(int Withdrawn, string? Error)> RevokeCodesAsync(Account admin, long personId, CancellationToken ct)
    {
        var (person, error) = await StaffOfAsync(admin, personId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        if (person is null) return (0, error);
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var withdrawn = await c.ExecuteAsync(new CommandDefinition(WithdrawCodes, new { PersonId = person.Id, Now = time.GetUtcNow() },
            tx, cancellationToken: ct));
        if (withdrawn > 0) await audit.AppendAsync(c, tx, admin.Actor, "binding_code_revoked", $"person:{person.Id}", $"{withdrawn}", ct);
        await tx.CommitAsync(ct);
        return withdrawn > 0 ? (withdrawn, null) : (0, "没有未使用的绑定码 / there is no unused code");
    }

    /// <summary>The grid worker or official an admin names, when the admin's jurisdiction covers them.</summary>
    private async Task<(Person? Person, string? Error)> StaffOfAsync(Account admin, string personRef, CancellationToken ct)
    {
        if (admin.Role != AccountRoles.Admin) return (null, "只有管理员可以发绑定码 / only an admin may issue binding codes");
        var person = await PersonRef.FindAsync(people, personRef, ct);
        if (person is null) return (null, $"找不到 {personRef} / no person {personRef}");
        if (person.Role is not (Roles.GridWorker or Roles.Official))
            return (null, "只有网格员和干部需要绑定 / only grid workers and officials are bound");
        // Someone outside the jurisdiction is answered like someone who does not exist: not even their name.
        if (!DivisionCode.Contains(admin.RegionCode, person.RegionCode)) return (null, $"找不到 {personRef} / no person {personRef}");
        return (person, null);
    }

    /// <summary>Redeems a code typed in chat: the address becomes the staff member's, with staff powers.</summary>
    public async Task<BindResult> RedeemAsync(DbConnection c, DbTransaction tx, ChannelKind channel, string address, string text,
        DateTimeOffset now, CancellationToken ct)
    {
        var key = new { Channel = channel.Key(), Address = address, Now = now, Since = now - options.Value.RateWindow };
        // Failures are counted, then one is added: two Hosts must not both count before either adds.
        await EngineLock.LockAsync(c, tx, $"binding:{channel.Key()}:{address}", ct);
        if (await c.ExecuteScalarAsync<long>(new CommandDefinition(CountFailures, key, tx, cancellationToken: ct)) >= options.Value.BindingTries)
            return new BindResult(BindOutcome.TooOften);
        var normalized = BindingCodes.Normalize(text);
        var code = normalized is null ? null : await c.QuerySingleOrDefaultAsync<CodeRow>(new CommandDefinition(FindCode,
            new { Hash = BindingCodes.Hash(normalized), Now = now }, tx, cancellationToken: ct));
        if (code is null || await people.GetAsync(c, tx, code.PersonId, ct) is not { } person)
        {
            await c.ExecuteAsync(new CommandDefinition(InsertFailure, key, tx, cancellationToken: ct));
            await audit.AppendAsync(c, tx, AuditActors.Chat(channel, address), "binding_code_wrong", $"{channel.Key()}:{AddressMask.Mask(address)}", null, ct);
            return new BindResult(BindOutcome.Invalid);
        }

        var holder = await people.FindByAddressAsync(c, tx, channel == ChannelKind.WeChat, address, ct);
        if (holder is not null && holder.Id != person.Id) return new BindResult(BindOutcome.AddressTaken);
        if (channel == ChannelKind.WeChat)
        {
            await people.LinkOpenidAsync(c, tx, person.Id, address, ct);
            person = person with { WechatOpenid = address, WechatUnfollowedUtc = null };
        }
        else if (person.Phone != address)
        {
            await people.SetPhoneAsync(c, tx, person.Id, address, ct);
            person = person with { Phone = address };
        }
        await c.ExecuteAsync(new CommandDefinition(UseCode, new { code.Id, Now = now }, tx, cancellationToken: ct));
        // One bound address per channel: binding a new phone or WeChat account ends the old one's staff powers.
        await c.ExecuteAsync(new CommandDefinition(Unbind, new { PersonId = person.Id, key.Channel }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(Bind, new { key.Channel, Address = address, PersonId = person.Id, CodeId = code.Id, Now = now },
            tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, AuditActors.Chat(channel, address), "staff_bound", $"person:{person.Id}", null, ct);
        return new BindResult(BindOutcome.Bound, person);
    }

    /// <summary>True when <paramref name="personId"/> holds staff powers through this chat address.</summary>
    public Task<bool> IsBoundAsync(DbConnection c, DbTransaction? tx, long personId, ChannelKind channel, string address,
        CancellationToken ct) =>
        c.ExecuteScalarAsync<bool>(new CommandDefinition(IsBound, new { Channel = channel.Key(), Address = address, PersonId = personId },
            tx, cancellationToken: ct));
}
