using Alerts.Identity.Accounts;
using Alerts.Identity.Tests.Support;
using Alerts.Store.Audit;
using Dapper;

namespace Alerts.Identity.Tests.Accounts;

/// <summary>The admins' rules in one place: jurisdiction (same place or below), no role above one's own, never oneself.</summary>
public sealed class AccountAdministrationTests
{
    private const string County = "500112000000";

    [Theory]
    [InlineData("grid_worker", 0)]
    [InlineData("official", 1)]
    [InlineData("admin", 2)]
    [InlineData("mayor", -1)]
    [InlineData(null, -1)]
    public void RolesRankGridWorkerBelowOfficialBelowAdminAndUnknownBelowAll(string? role, int rank) =>
        Assert.Equal(rank, AccountRoles.Rank(role));

    [Fact]
    public async Task ATownAdminAddsOnlyInsideItsTownAndEveryRefusalIsByFieldAndChangesNothing()
    {
        using var h = await IdentityHarness.StartAsync();
        var administration = h.Get<AccountAdministration>();
        using var c = h.Open();
        var towns = c.Query<string>("SELECT code FROM regions WHERE level = 4 ORDER BY code LIMIT 2").AsList();
        var (admin, _) = await h.Accounts.AddAsync("镇管理员", AccountRoles.Admin, towns[0], null, default);
        var before = c.ExecuteScalar<long>("SELECT COUNT(*) FROM accounts");

        var (_, elsewhere) = await administration.AddAsync(admin, new AccountForm("甲", "grid_worker", towns[1], null, "jia.1", false), default);
        var (_, above) = await administration.AddAsync(admin, new AccountForm("乙", "admin", County, null, "yi.22", false), default);
        var (_, noDepartment) = await administration.AddAsync(admin, new AccountForm("丙", "official", towns[0], null, "bing", false), default);
        var (_, badLogin) = await administration.AddAsync(admin, new AccountForm("丁", "grid_worker", towns[0], null, "a b", false), default);

        Assert.Equal([AccountIssuer.RegionField], elsewhere.Keys);
        Assert.Equal([AccountIssuer.RegionField], above.Keys);
        Assert.Equal([AccountIssuer.DepartmentField], noDepartment.Keys);
        Assert.Equal([AccountAdministration.LoginField], badLogin.Keys);
        Assert.Equal(before, c.ExecuteScalar<long>("SELECT COUNT(*) FROM accounts"));

        var (created, errors) = await administration.AddAsync(admin, new AccountForm("戊", "admin", towns[0], null, "wu.33", true), default);
        Assert.Empty(errors);
        Assert.NotNull(created!.Key);
        Assert.Equal(created.Account.Id, (await h.Accounts.AuthenticateAsync(created.Key, default))?.Id);
        Assert.Contains(await h.Get<AuditStore>().ForSubjectAsync(created.Account.Actor, default), e => e.Actor == admin.Actor);
    }

    [Fact]
    public async Task NobodyActsOnTheirOwnAccountOrOnOneOutsideTheirJurisdictionAndOnlyAdminsActAtAll()
    {
        using var h = await IdentityHarness.StartAsync();
        var administration = h.Get<AccountAdministration>();
        using var c = h.Open();
        var towns = c.Query<string>("SELECT code FROM regions WHERE level = 4 ORDER BY code LIMIT 2").AsList();
        var (admin, _) = await h.Accounts.AddAsync("镇管理员", AccountRoles.Admin, towns[0], null, default);
        var (countyAdmin, _) = await h.Accounts.AddAsync("区管理员", AccountRoles.Admin, County, null, default);
        var (official, _) = await h.Accounts.AddAsync("干部", AccountRoles.Official, towns[0], Departments.Water, default);
        var (stranger, key) = await h.Accounts.AddAsync("外镇", AccountRoles.GridWorker, towns[1], null, default);

        Assert.NotNull(await administration.RevokeAsync(admin, admin.Id, default));
        Assert.Equal(AccountAdministration.NoSuchAccount, await administration.RevokeAsync(admin, stranger.Id, default));
        Assert.Equal(AccountAdministration.NoSuchAccount, await administration.RevokeAsync(admin, countyAdmin.Id, default));
        Assert.Null(await administration.FindAsync(official, official.Id, default));
        Assert.NotNull(await administration.RevokeAsync(official, official.Id, default));
        Assert.Equal(0, (await administration.PageAsync(official, new AccountFilter(), 0, 10, default)).Total);
        Assert.NotNull(await h.Accounts.AuthenticateAsync(key, default));

        Assert.Null(await administration.RevokeKeyAsync(countyAdmin, stranger.Id, default));
        Assert.Null(await h.Accounts.AuthenticateAsync(key, default));
        Assert.Null(await administration.RevokeAsync(countyAdmin, admin.Id, default));
        // A revoked account stays revoked: no new password brings it back.
        Assert.NotNull((await administration.ResetPasswordAsync(countyAdmin, admin.Id, default)).Error);
    }

    [Fact]
    public async Task TheClisRevocationByKeyPrefixIsTheSameChangeAsTheConsolesAndAuditedOnTheAccount()
    {
        using var h = await IdentityHarness.StartAsync();
        var (account, key) = await h.Accounts.AddAsync("离职", AccountRoles.GridWorker, County, null, default);

        Assert.True(await h.Accounts.RevokeAsync(account.KeyPrefix, default));
        Assert.False(await h.Accounts.RevokeAsync(account.KeyPrefix, default));
        Assert.False(await h.Accounts.RevokeAsync("alk_nobody00", default));
        Assert.Null(await h.Accounts.AuthenticateAsync(key, default));
        Assert.Contains(await h.Get<AuditStore>().ForSubjectAsync(account.Actor, default), e => e is { Actor: "cli", Action: "account_revoked" });
    }
}
