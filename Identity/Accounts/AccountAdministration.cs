using Alerts.Identity.SignIn;
using Alerts.Store.Regions;

namespace Alerts.Identity.Accounts;

/// <summary>
/// What an admin may do to accounts, in one place for the console (and any later caller): act only on accounts whose
/// region lies under the admin's own (the same place or below, 属地管理), never grant a role above their own
/// (<see cref="AccountRoles.Rank"/>), and never revoke, reset or re-key their own account. An account outside the
/// jurisdiction is not found, the same as one that does not exist. Every change is audited as <c>account:{id}</c>.
/// The CLI stays the machine operator's root tool: it calls <see cref="AccountIssuer"/> and the stores directly.
/// </summary>
public sealed class AccountAdministration(AccountIssuer issuer, AccountStore accounts, AccountQuery query, PasswordSignIn passwords)
{
    public const string LoginField = "login";
    public const string NoSuchAccount = "没有这个账号 / no such account";
    private const string NotAdmin = "只有管理员可以管理账号 / only an admin may manage accounts";

    public static bool IsAdmin(Account account) => account.Role == AccountRoles.Admin;

    /// <summary>The account when it exists and lies under the admin's jurisdiction; otherwise null.</summary>
    public async Task<AccountListing?> FindAsync(Account admin, long id, CancellationToken ct) =>
        IsAdmin(admin) && await query.GetAsync(id, ct) is { } found && DivisionCode.Contains(admin.RegionCode, found.RegionCode)
            ? found
            : null;

    /// <summary>A page of the accounts under the admin's jurisdiction (none for anyone else).</summary>
    public async Task<(IReadOnlyList<AccountListing> Rows, long Total)> PageAsync(Account admin, AccountFilter filter, int offset, int limit,
        CancellationToken ct) =>
        IsAdmin(admin) && DivisionCode.ToPrefix(admin.RegionCode) is { } prefix
            ? await query.PageAsync(prefix, filter, offset, limit, ct)
            : ([], 0);

    /// <summary>
    /// Adds an account with a console login and a one-time password (and an API key when asked). Refusals come back by
    /// field (Chinese / English) and change nothing.
    /// </summary>
    public async Task<(NewAccount? Created, IReadOnlyDictionary<string, string> Errors)> AddAsync(Account admin, AccountForm form,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (!IsAdmin(admin)) return (null, new Dictionary<string, string> { [""] = NotAdmin });
        foreach (var (field, why) in AccountIssuer.Check(form.Name, form.Role, form.Department)) errors[field] = why;
        var code = await issuer.ExistingRegionAsync(form.Region, errors, ct);
        if (code is not null && !DivisionCode.Contains(admin.RegionCode, code))
            errors[AccountIssuer.RegionField] = "该区划不在您的辖区内 / the region is outside your jurisdiction";
        if (form.Role is not null && AccountRoles.Rank(form.Role) > AccountRoles.Rank(admin.Role))
            errors[AccountIssuer.RoleField] = "不能授予高于您自己的角色 / you cannot grant a role above your own";
        var login = form.Login?.Trim();
        if (await passwords.LoginRefusalAsync(login, ct) is { } refusal) errors[LoginField] = refusal;
        if (errors.Count > 0) return (null, errors);

        var (account, key, issueErrors) = await issuer.IssueAsync(form.Name, form.Role, code, form.Department, admin.Actor, form.WithKey, ct);
        if (account is null) return (null, issueErrors);
        var (password, error) = await passwords.SetOneTimePasswordAsync(account.Id, login, admin.Actor, ct);
        if (password is null)
        {
            // The login was taken between the check and now: the half-made account must not linger usable.
            await accounts.RevokeAccountAsync(account.Id, admin.Actor, ct);
            return (null, new Dictionary<string, string> { [LoginField] = error ?? NoSuchAccount });
        }
        return (new NewAccount(account, login!, password, key), errors);
    }

    /// <summary>Revokes an account: its API key and its console sign-in stop at once. Null when done, else why not.</summary>
    public async Task<string?> RevokeAsync(Account admin, long id, CancellationToken ct)
    {
        var (target, error) = await TargetAsync(admin, id, ct);
        if (target is null) return error;
        return await accounts.RevokeAccountAsync(target.Id, admin.Actor, ct) ? null : "账号已停用 / the account is already revoked";
    }

    /// <summary>A new one-time password, shown once; the account must choose its own at the next sign-in.</summary>
    public async Task<(string? Password, string? Error)> ResetPasswordAsync(Account admin, long id, CancellationToken ct)
    {
        var (target, error) = await TargetAsync(admin, id, ct);
        if (target is null) return (null, error);
        return await passwords.SetOneTimePasswordAsync(target.Id, target.Login is null ? "u" + target.Id : null, admin.Actor, ct);
    }

    /// <summary>A new API key, shown once; the old one stops working.</summary>
    public async Task<(string? Key, string? Error)> IssueKeyAsync(Account admin, long id, CancellationToken ct)
    {
        var (target, error) = await TargetAsync(admin, id, ct);
        if (target is null) return (null, error);
        return await accounts.ReplaceKeyAsync(target.Id, admin.Actor, ct) is { } key ? (key, null) : (null, NoSuchAccount);
    }

    public async Task<string?> RevokeKeyAsync(Account admin, long id, CancellationToken ct)
    {
        var (target, error) = await TargetAsync(admin, id, ct);
        if (target is null) return error;
        return await accounts.RevokeKeyAsync(target.Id, admin.Actor, ct) ? null : "这个账号没有有效的密钥 / the account has no live key";
    }

    /// <summary>Why the admin may not change this account (the account itself when they may).</summary>
    private async Task<(AccountListing? Target, string? Error)> TargetAsync(Account admin, long id, CancellationToken ct)
    {
        if (!IsAdmin(admin)) return (null, NotAdmin);
        var target = await FindAsync(admin, id, ct);
        if (target is null) return (null, NoSuchAccount);
        if (target.Id == admin.Id) return (null, "不能停用、重置或更换自己的账号 / you cannot revoke, reset or re-key your own account");
        if (AccountRoles.Rank(target.Role) > AccountRoles.Rank(admin.Role))
            return (null, "不能管理角色高于您的账号 / you cannot manage an account above your own role");
        if (target.IsRevoked) return (null, "账号已停用 / the account is revoked");
        return (target, null);
    }
}
