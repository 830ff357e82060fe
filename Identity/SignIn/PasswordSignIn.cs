using System.Data.Common;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Alerts.Identity.Accounts;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Dapper;
using Microsoft.AspNetCore.Identity;

namespace Alerts.Identity.SignIn;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown login, wrong password or revoked account: said the same way.</summary>
    Refused,
    LockedOut,
}

public sealed record SignInResult(SignInOutcome Outcome, Account? Account = null, bool MustChangePassword = false, string? Stamp = null);

/// <summary>
/// Console sign-in for staff accounts: a login and a password hashed with ASP.NET Core Identity's PasswordHasher.
/// Passwords are first set by the CLI as random one-time passwords that must be changed at first sign-in; five wrong
/// passwords lock the account for 15 minutes. Everything is audited; no password is ever logged or stored in clear.
/// </summary>
public sealed partial class PasswordSignIn(StoreDb db, AuditStore audit, TimeProvider time)
{
    public const int MaxFailures = 5;
    public const int MinLength = 10;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<Account> Hasher = new();
    private const string LoginShapeRefusal = "登录名须为3到32个字母、数字、点、下划线或减号 / a login is 3-32 letters, digits, '.', '_' or '-'";
    private const string OneTimeAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private const string ByLogin = """
        SELECT id, name, role, region_code, department, key_prefix, created_utc, revoked_utc, password_hash, must_change_password,
               failed_sign_ins, locked_until_utc, security_stamp
        FROM accounts WHERE login = @Login
        """;
    private const string ById = """
        SELECT id, name, role, region_code, department, key_prefix, created_utc, revoked_utc, password_hash, must_change_password,
               failed_sign_ins, locked_until_utc, security_stamp
        FROM accounts WHERE id = @Id
        """;
    private const string SetPassword = """
        UPDATE accounts SET login = COALESCE(@Login, login), password_hash = @Hash, must_change_password = @MustChange,
                            failed_sign_ins = 0, locked_until_utc = NULL, security_stamp = @Stamp
        WHERE id = @Id
        """;
    private const string Failed = "UPDATE accounts SET failed_sign_ins = @Failures, locked_until_utc = @LockedUntil WHERE id = @Id";
    private const string Succeeded = "UPDATE accounts SET failed_sign_ins = 0, locked_until_utc = NULL, password_hash = @Hash WHERE id = @Id";
    private const string LoginTaken = "SELECT EXISTS (SELECT 1 FROM accounts WHERE login = @Login AND id <> @Id)";

    /// <summary>
    /// Gives an account a login (when <paramref name="login"/> is set) and a random one-time password, returned once;
    /// it must be changed at the first sign-in. Null and an error when the login is malformed or taken.
    /// </summary>
    public async Task<(string? Password, string? Error)> SetOneTimePasswordAsync(long accountId, string? login, string actor, CancellationToken ct)
    {
        if (login is not null && !LoginShape().IsMatch(login)) return (null, LoginShapeRefusal);
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(ById, new { Id = accountId }, tx, cancellationToken: ct));
        if (row is null || row.RevokedUtc is not null) return (null, "没有这个有效账号 / no such live account");
        if (login is not null && await c.ExecuteScalarAsync<bool>(new CommandDefinition(LoginTaken, new { Login = login, Id = accountId }, tx, cancellationToken: ct)))
            return (null, $"登录名 {login} 已被使用 / the login {login} is taken");
        var password = string.Create(14, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = OneTimeAlphabet[RandomNumberGenerator.GetInt32(OneTimeAlphabet.Length)];
        });
        await c.ExecuteAsync(new CommandDefinition(SetPassword, new
        {
            Id = accountId, Login = login, Hash = Hasher.HashPassword(row.ToAccount(), password), MustChange = true, Stamp = NewStamp(),
        }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, actor, "one_time_password_set", $"account:{accountId}", login, ct);
        await tx.CommitAsync(ct);
        return (password, null);
    }

    /// <summary>Why <paramref name="login"/> cannot be given to a new account (malformed or taken), or null.</summary>
    public async Task<string?> LoginRefusalAsync(string? login, CancellationToken ct)
    {
        if (login is null || !LoginShape().IsMatch(login)) return LoginShapeRefusal;
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(LoginTaken, new { Login = login, Id = 0L }, cancellationToken: ct))
            ? $"登录名 {login} 已被使用 / the login {login} is taken"
            : null;
    }

    public async Task<SignInResult> SignInAsync(string? login, string? password, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        // Failures are counted from what was read: parallel attempts on two Hosts must not both read the same count.
        if (!string.IsNullOrEmpty(login)) await EngineLock.LockAsync(c, tx, $"sign-in:{login}", ct);
        var row = string.IsNullOrEmpty(login) ? null
            : await c.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(ByLogin, new { Login = login }, tx, cancellationToken: ct));
        if (row is null || row.PasswordHash is null || row.RevokedUtc is not null)
        {
            // The same work as a real check, so timing does not tell which logins exist.
            Hasher.VerifyHashedPassword(new Account { Name = "", Role = "", RegionCode = "" }, DummyHash, password ?? "");
            return new SignInResult(SignInOutcome.Refused);
        }
        if (row.LockedUntilUtc > now) return new SignInResult(SignInOutcome.LockedOut);

        var account = row.ToAccount();
        var verdict = Hasher.VerifyHashedPassword(account, row.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = row.FailedSignIns + 1;
            var locked = failures >= MaxFailures;
            await c.ExecuteAsync(new CommandDefinition(Failed, new
            {
                row.Id, Failures = locked ? 0 : failures, LockedUntil = locked ? now + Lockout : (DateTimeOffset?)null,
            }, tx, cancellationToken: ct));
            await audit.AppendAsync(c, tx, account.Actor, locked ? "sign_in_locked" : "sign_in_failed", account.Actor, $"failure {failures}", ct);
            await tx.CommitAsync(ct);
            return new SignInResult(locked ? SignInOutcome.LockedOut : SignInOutcome.Refused);
        }
        var hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account, password!) : row.PasswordHash;
        await c.ExecuteAsync(new CommandDefinition(Succeeded, new { row.Id, Hash = hash }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, account.Actor, "signed_in", account.Actor, null, ct);
        await tx.CommitAsync(ct);
        return new SignInResult(SignInOutcome.SignedIn, account, row.MustChangePassword, row.SecurityStamp);
    }

    /// <summary>Sets a password the person chose; null when done, else why not (Chinese).</summary>
    public async Task<(string? Error, string? Stamp)> ChangePasswordAsync(long accountId, string? current, string? chosen, CancellationToken ct)
    {
        if (chosen is null || chosen.Length < MinLength || chosen.Length > 128)
            return ($"新密码至少{MinLength}位。", null);
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(ById, new { Id = accountId }, tx, cancellationToken: ct));
        if (row?.PasswordHash is null || row.RevokedUtc is not null) return ("账号已停用。", null);
        var account = row.ToAccount();
        if (Hasher.VerifyHashedPassword(account, row.PasswordHash, current ?? "") == PasswordVerificationResult.Failed)
            return ("当前密码不对。", null);
        if (chosen == current) return ("新密码不能和原来的一样。", null);
        var stamp = NewStamp();
        await c.ExecuteAsync(new CommandDefinition(SetPassword, new
        {
            Id = accountId, Login = (string?)null, Hash = Hasher.HashPassword(account, chosen), MustChange = false, Stamp = stamp,
        }, tx, cancellationToken: ct));
        await audit.AppendAsync(c, tx, account.Actor, "password_changed", account.Actor, null, ct);
        await tx.CommitAsync(ct);
        return (null, stamp);
    }

    /// <summary>True while the account is live and its password has not changed since the cookie was issued.</summary>
    public async Task<bool> IsCurrentAsync(long accountId, string? stamp, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(ById, new { Id = accountId }, cancellationToken: ct));
        return row is { RevokedUtc: null } && row.SecurityStamp == stamp;
    }

    /// <summary>Whether any account can sign in to the console yet (the demo's first start creates one if not).</summary>
    public async Task<bool> AnyLoginAsync(CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT EXISTS (SELECT 1 FROM accounts WHERE login IS NOT NULL)", cancellationToken: ct));
    }

    private static readonly string DummyHash = Hasher.HashPassword(new Account { Name = "", Role = "", RegionCode = "" }, "not-a-password");

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    [GeneratedRegex("^[A-Za-z0-9._-]{3,32}$")]
    private static partial Regex LoginShape();
}
