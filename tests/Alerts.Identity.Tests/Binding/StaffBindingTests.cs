using Alerts.Channels.Messages;
using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Alerts.Identity.Tests.Support;
using Alerts.Store.People;
using Dapper;

namespace Alerts.Identity.Tests.Binding;

/// <summary>Staff are bound, not found: codes issued by an admin of their jurisdiction, once, with a try limit.</summary>
public sealed class StaffBindingTests
{
    private const string Openid = "oWorkerBinding00000000000001";

    [Fact]
    public async Task OnlyAnAdminWhoseJurisdictionCoversTheWorkerMayIssueACode()
    {
        using var h = await IdentityHarness.StartAsync();
        var worker = h.First(Roles.GridWorker);
        var otherTown = worker.Region[..6] + (worker.Region[6..9] == "101" ? "102" : "101") + "000";
        var (official, _) = await h.Accounts.AddAsync("官员", AccountRoles.Official, worker.Region[..6] + "000000", Departments.Emergency, default);
        var (elsewhere, _) = await h.Accounts.AddAsync("外镇管理员", AccountRoles.Admin, otherTown, null, default);
        var (admin, _) = await h.Accounts.AddAsync("区管理员", AccountRoles.Admin, worker.Region[..6] + "000000", null, default);

        Assert.NotNull((await h.Binding.IssueAsync(official, worker.Id.ToString(), default)).Error);
        Assert.NotNull((await h.Binding.IssueAsync(elsewhere, worker.Phone, default)).Error);
        Assert.NotNull((await h.Binding.IssueAsync(admin, h.First(Roles.Villager).Phone, default)).Error);
        var (person, code, error) = await h.Binding.IssueAsync(admin, worker.Phone, default);
        Assert.Null(error);
        Assert.Equal(worker.Id, person!.Id);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
    }

    [Fact]
    public async Task ACodeBindsTheChatAddressOnceAndAWrongOneCountsTowardsTheLimit()
    {
        using var h = await IdentityHarness.StartAsync();
        var worker = h.First(Roles.GridWorker);
        var (admin, _) = await h.Accounts.AddAsync("区管理员", AccountRoles.Admin, worker.Region[..6] + "000000", null, default);
        var code = (await h.Binding.IssueAsync(admin, worker.Phone, default)).Code!;

        Assert.False(await BoundAsync(h, worker.Id, Openid));
        var bound = await RedeemAsync(h, Openid, code.ToLowerInvariant().Replace("-", " "));
        Assert.Equal((BindOutcome.Bound, worker.Id), (bound.Outcome, bound.Person!.Id));
        Assert.True(await BoundAsync(h, worker.Id, Openid));
        Assert.Equal(BindOutcome.Invalid, (await RedeemAsync(h, "oSomeoneElse0000000000000001", code)).Outcome);

        for (var i = 0; i < 5; i++) Assert.Equal(BindOutcome.Invalid, (await RedeemAsync(h, "oGuesser00000000000000000001", "AAAA-BBBB-CCCC")).Outcome);
        var fresh = (await h.Binding.IssueAsync(admin, worker.Phone, default)).Code!;
        Assert.Equal(BindOutcome.TooOften, (await RedeemAsync(h, "oGuesser00000000000000000001", fresh)).Outcome);
        using var c = h.Open();
        Assert.Equal(Openid, c.ExecuteScalar<string>("SELECT wechat_openid FROM people WHERE id = @Id", new { worker.Id }));
    }

    private static Task<BindResult> RedeemAsync(IdentityHarness h, string address, string code) =>
        h.InTurnAsync((c, tx) => h.Binding.RedeemAsync(c, tx, ChannelKind.WeChat, address, code, h.Clock.GetUtcNow(), default));

    private static Task<bool> BoundAsync(IdentityHarness h, long personId, string address) =>
        h.InTurnAsync((c, tx) => h.Binding.IsBoundAsync(c, tx, personId, ChannelKind.WeChat, address, default));
}
