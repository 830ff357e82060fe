using System.Net;
using System.Net.Http.Headers;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Microsoft.Extensions.DependencyInjection;
using static Alerts.Host.Tests.Accounts.AdminConsole;

namespace Alerts.Host.Tests.Accounts;

/// <summary>/accounts, /accounts/new and /accounts/{id} in process: what an admin may do, and everything they may not.</summary>
public sealed class AccountPagesTests
{
    [Theory]
    [InlineData(AccountRoles.Official)]
    [InlineData(AccountRoles.GridWorker)]
    public async Task EveryAdminPageAndFormRefusesAnyoneButAnAdmin(string role)
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync(County, role);

        foreach (var path in new[] { "/accounts", "/accounts/new", "/accounts/1", "/accounts/binding", "/rosters", "/rosters/" + County, "/audit" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
        var post = await PostAsync(client, "/accounts/new",
            new() { ["name"] = "越权", ["login"] = "sneaky", ["role"] = "admin", ["region"] = County }, tokenFrom: "/");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "/accounts/1?handler=Revoke", new() { ["confirm"] = "true" }, tokenFrom: "/")).StatusCode);
        using var db = app.OpenDatabase();
        Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(db, "SELECT COUNT(*) FROM accounts WHERE login = 'sneaky'"));
    }

    [Fact]
    public async Task AnAccountAddedByAnAdminSignsInWithItsOneTimePasswordAndMustChooseItsOwn()
    {
        await using var app = new AlertsApp();
        using var admin = await app.SignedInClientAsync(County);
        var (town, _) = await TownsAsync(app);

        var (id, login, password, key) = await AddAccountAsync(admin, "wang.li", AccountRoles.Official, town, Departments.Water);

        Assert.Null(key);
        var signedIn = await SignInAsync(app, login, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account/password", signedIn.Headers.Location?.OriginalString);
        var list = await admin.GetStringAsync("/accounts?role=official");
        Assert.Contains($"id=\"account-{id}\"", list);
        Assert.Contains("水利", list);
        Assert.Contains("待首次登录改密码", list);
        Assert.DoesNotContain(password, list);
    }

    [Fact]
    public async Task AnOfficialWithoutADepartmentIsRefusedAndTheFormKeepsItsInputWithTheReasonBesideTheField()
    {
        await using var app = new AlertsApp();
        using var admin = await app.SignedInClientAsync(County);

        var response = await PostAsync(admin, "/accounts/new",
            new() { ["name"] = "张三", ["login"] = "zhang.san", ["role"] = AccountRoles.Official, ["region"] = County });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"department-error\"", html);
        Assert.Contains("value=\"张三\"", html);
        Assert.Contains("value=\"zhang.san\"", html);
        Assert.DoesNotContain("created-password", html);
        Assert.NotEqual(HttpStatusCode.Redirect, (await SignInAsync(app, "zhang.san", "whatever-it-is")).StatusCode);
    }

    [Fact]
    public async Task ATownAdminCanNeitherAddAnAccountInAnotherTownNorAnAdminAboveItsOwnPlace()
    {
        await using var app = new AlertsApp();
        var (town, other) = await TownsAsync(app);
        using var admin = await app.SignedInClientAsync(town);

        var elsewhere = await PostAsync(admin, "/accounts/new",
            new() { ["name"] = "外镇", ["login"] = "other.town", ["role"] = AccountRoles.GridWorker, ["region"] = other });
        var above = await PostAsync(admin, "/accounts/new",
            new() { ["name"] = "区管理员", ["login"] = "county.admin", ["role"] = AccountRoles.Admin, ["region"] = County });

        foreach (var response in new[] { elsewhere, above })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("id=\"region-error\"", await response.Content.ReadAsStringAsync());
        }
        var (sameTownAdmin, _, _, _) = await AddAccountAsync(admin, "town.admin2", AccountRoles.Admin, town);
        Assert.True(sameTownAdmin > 0);
    }

    [Fact]
    public async Task AccountsOfAnotherTownAreNotFoundAndNotListedAndCannotBeChanged()
    {
        await using var app = new AlertsApp();
        var (town, other) = await TownsAsync(app);
        using var county = await app.SignedInClientAsync(County);
        var (id, _, _, _) = await AddAccountAsync(county, "far.away", AccountRoles.GridWorker, other);
        using var admin = await app.SignedInClientAsync(town);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/accounts/{id}")).StatusCode);
        Assert.DoesNotContain($"account-{id}", await admin.GetStringAsync("/accounts"));
        foreach (var handler in new[] { "Revoke", "Reset", "Key", "RevokeKey" })
        {
            var response = await PostAsync(admin, $"/accounts/{id}?handler={handler}", new() { ["confirm"] = "true" }, tokenFrom: "/accounts");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Contains("正常", await county.GetStringAsync($"/accounts/{id}"));
    }

    [Fact]
    public async Task AnAdminCannotRevokeResetOrReKeyTheirOwnAccountNorActAsAnythingButAnAdmin()
    {
        await using var app = new AlertsApp();
        var administration = app.Services.GetRequiredService<AccountAdministration>();
        var accounts = app.Services.GetRequiredService<AccountStore>();
        var (admin, _) = await accounts.AddAsync("区管理员", AccountRoles.Admin, County, null, CancellationToken.None);
        var (official, _) = await accounts.AddAsync("区干部", AccountRoles.Official, County, Departments.Emergency, CancellationToken.None);
        var (worker, _) = await accounts.AddAsync("网格员", AccountRoles.GridWorker, County, null, CancellationToken.None);

        Assert.NotNull(await administration.RevokeAsync(admin, admin.Id, CancellationToken.None));
        Assert.NotNull((await administration.ResetPasswordAsync(admin, admin.Id, CancellationToken.None)).Error);
        Assert.NotNull((await administration.IssueKeyAsync(admin, admin.Id, CancellationToken.None)).Error);
        Assert.NotNull(await administration.RevokeAsync(official, worker.Id, CancellationToken.None));
        var (created, errors) = await administration.AddAsync(official,
            new AccountForm("新人", AccountRoles.GridWorker, County, null, "newbie", false), CancellationToken.None);
        Assert.Null(created);
        Assert.NotEmpty(errors);
        Assert.Null(await administration.RevokeAsync(admin, worker.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ARevokeNeedsItsConfirmationAndThenEndsTheAccountsSignIn()
    {
        await using var app = new AlertsApp();
        using var admin = await app.SignedInClientAsync(County);
        var (id, login, password, _) = await AddAccountAsync(admin, "leaving", AccountRoles.GridWorker, County);

        var unconfirmed = await PostAsync(admin, $"/accounts/{id}?handler=Revoke", [], tokenFrom: $"/accounts/{id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Contains("id=\"confirm-error\"", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app, login, password)).StatusCode);

        var revoked = await PostAsync(admin, $"/accounts/{id}?handler=Revoke", new() { ["confirm"] = "true" }, tokenFrom: $"/accounts/{id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("已停用", await revoked.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.Redirect, (await SignInAsync(app, login, password)).StatusCode);
        Assert.Contains($"account-{id}", await admin.GetStringAsync("/accounts?state=revoked"));
        Assert.DoesNotContain($"account-{id}", await admin.GetStringAsync("/accounts?state=live"));
    }

    [Fact]
    public async Task AResetPasswordIsShownOnceUncachedAndMustBeChangedAtTheNextSignIn()
    {
        await using var app = new AlertsApp();
        using var admin = await app.SignedInClientAsync(County);
        var (id, login, first, _) = await AddAccountAsync(admin, "forgetful", AccountRoles.GridWorker, County);

        var reset = await PostAsync(admin, $"/accounts/{id}?handler=Reset", [], tokenFrom: $"/accounts/{id}");
        var html = await reset.Content.ReadAsStringAsync();
        var second = Text(html, "id=\"new-password\">([^<]+)<");

        Assert.Equal("no-store", reset.Headers.CacheControl?.ToString());
        Assert.NotEqual(first, second);
        Assert.NotEqual(HttpStatusCode.Redirect, (await SignInAsync(app, login, first)).StatusCode);
        var signedIn = await SignInAsync(app, login, second);
        Assert.Equal("/account/password", signedIn.Headers.Location?.OriginalString);
        Assert.DoesNotContain(second, await admin.GetStringAsync($"/accounts/{id}"));
    }

    [Fact]
    public async Task AnApiKeyIssuedInTheConsoleWorksUntilItIsReplacedOrRevoked()
    {
        await using var app = new AlertsApp();
        using var admin = await app.SignedInClientAsync(County);
        var (id, _, _, key) = await AddAccountAsync(admin, "integration", AccountRoles.Official, County, Departments.Weather, withKey: true);
        using var api = app.CreateClient();
        async Task<HttpStatusCode> CallAsync(string bearer)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/warnings/12345");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            return (await api.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.NotFound, await CallAsync(key!));
        var reissued = await PostAsync(admin, $"/accounts/{id}?handler=Key", [], tokenFrom: $"/accounts/{id}");
        var second = Text(await reissued.Content.ReadAsStringAsync(), "id=\"new-key\">([^<]+)<");
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(key!));
        Assert.Equal(HttpStatusCode.NotFound, await CallAsync(second));

        var revoked = await PostAsync(admin, $"/accounts/{id}?handler=RevokeKey", [], tokenFrom: $"/accounts/{id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(second));
        Assert.Contains("id=\"fact-key\">无", await admin.GetStringAsync($"/accounts/{id}"));
    }
}
