using Alerts.Identity.Accounts;
using Alerts.Identity.Tests.Support;
using Alerts.Store.Regions;
using Dapper;

namespace Alerts.Identity.Tests.Accounts;

/// <summary>The admins' account list: by jurisdiction, role and revocation, newest first, with its total.</summary>
public sealed class AccountQueryTests
{
    [Fact]
    public async Task TheListKeepsToTheJurisdictionAndFiltersByRoleAndByRevoked()
    {
        using var h = await IdentityHarness.StartAsync();
        using var c = h.Open();
        var towns = c.Query<string>("SELECT code FROM regions WHERE level = 4 ORDER BY code LIMIT 2").AsList();
        var (worker, _) = await h.Accounts.AddAsync("网格员", AccountRoles.GridWorker, towns[0], null, default);
        var (official, _) = await h.Accounts.AddAsync("干部", AccountRoles.Official, towns[0], Departments.Water, default);
        var (revoked, _) = await h.Accounts.AddAsync("已停用", AccountRoles.GridWorker, towns[0], null, default);
        await h.Accounts.AddAsync("外镇", AccountRoles.GridWorker, towns[1], null, default);
        Assert.True(await h.Accounts.RevokeAccountAsync(revoked.Id, "account:1", default));
        var query = h.Get<AccountQuery>();
        var town = DivisionCode.Prefix(towns[0]);

        async Task<long[]> IdsAsync(AccountFilter filter)
        {
            var (rows, total) = await query.PageAsync(town, filter, 0, 10, default);
            Assert.Equal(rows.Count, total);
            return rows.Select(r => r.Id).ToArray();
        }

        Assert.Equal([revoked.Id, official.Id, worker.Id], await IdsAsync(new AccountFilter()));
        Assert.Equal([revoked.Id], await IdsAsync(new AccountFilter(Revoked: true)));
        Assert.Equal([official.Id, worker.Id], await IdsAsync(new AccountFilter(Revoked: false)));
        Assert.Equal([worker.Id], await IdsAsync(new AccountFilter(AccountRoles.GridWorker, Revoked: false)));
        Assert.True((await query.GetAsync(revoked.Id, default))!.IsRevoked);
    }
}
