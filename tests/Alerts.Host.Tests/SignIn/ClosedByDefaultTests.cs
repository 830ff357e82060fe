using System.Net;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Identity.SignIn;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.SignIn;

/// <summary>
/// Issue 9: personal data only for signed-in staff. Anonymous browsers get the sign-in page, /health, the webhooks and
/// the assets; the API answers 401 problem details; sign-in locks after failures and never redirects off the site;
/// every response carries the security headers; figures follow the account's jurisdiction.
/// </summary>
public sealed class ClosedByDefaultTests
{
    private static HttpClient Anonymous(AlertsApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/simulator")]
    [InlineData("/simulator?village=500112101001")]
    [InlineData("/simulator/outbox")]
    [InlineData("/account/password")]
    public async Task AnonymousBrowsersAreSentToSignInFromEveryPageWithPersonalData(string path)
    {
        await using var app = new AlertsApp();
        using var client = Anonymous(app);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("村", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthSignInAndAssetsAreOpenAndTheApiAnswers401ProblemDetailsNotARedirect()
    {
        await using var app = new AlertsApp();
        using var client = Anonymous(app);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
        var css = await client.GetAsync("/assets/site.css");
        Assert.Equal((HttpStatusCode.OK, "text/css"), (css.StatusCode, css.Content.Headers.ContentType!.MediaType));
        var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("/api/warnings", await openApi.Content.ReadAsStringAsync());
        var api = await client.GetAsync("/api/warnings/1");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        foreach (var path in new[] { "/api/monitoring/cases", "/api/help-requests" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task EveryResponseCarriesTheSecurityHeadersAndPagesAreNotCached()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();

        foreach (var path in new[] { "/", "/simulator", "/signin", "/health" })
        {
            var response = await client.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("onchange=", html);
            Assert.DoesNotContain("<style>", html);
        }
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneAndNoAnswerSaysWhichLoginsExist()
    {
        await using var app = new AlertsApp();
        var (account, _) = await app.Services.GetRequiredService<AccountStore>().AddAsync("王", AccountRoles.Official, "500112000000",
            Departments.Water, default);
        var (password, _) = await app.Services.GetRequiredService<PasswordSignIn>().SetOneTimePasswordAsync(account.Id, "wang", "test", default);
        using var client = Anonymous(app);

        var unknown = await ConsoleSession.PostFormAsync(client, "/signin", new() { ["login"] = "nobody", ["password"] = "x" });
        var wrong = await ConsoleSession.PostFormAsync(client, "/signin", new() { ["login"] = "wang", ["password"] = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("账号或密码不对", await unknown.Content.ReadAsStringAsync());
        Assert.Contains("账号或密码不对", await wrong.Content.ReadAsStringAsync());
        for (var i = 0; i < 4; i++) await ConsoleSession.PostFormAsync(client, "/signin", new() { ["login"] = "wang", ["password"] = "x" });

        var locked = await ConsoleSession.PostFormAsync(client, "/signin", new() { ["login"] = "wang", ["password"] = password! });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("已锁定", await locked.Content.ReadAsStringAsync());
        using var c = app.OpenDatabase();
        Assert.Equal(1L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_locked'"));
    }

    [Fact]
    public async Task AFormPostedWithoutItsTokenIsRefusedAndSignInNeverRedirectsOffTheSite()
    {
        await using var app = new AlertsApp();
        var (account, _) = await app.Services.GetRequiredService<AccountStore>().AddAsync("李", AccountRoles.Admin, "500112000000", null, default);
        var signIn = app.Services.GetRequiredService<PasswordSignIn>();
        var (oneTime, _) = await signIn.SetOneTimePasswordAsync(account.Id, "lili", "test", default);
        await signIn.ChangePasswordAsync(account.Id, oneTime, "li-chose-this-one", default);
        using var client = Anonymous(app);

        var forged = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "lili", ["password"] = "li-chose-this-one",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var response = await ConsoleSession.PostFormAsync(client, "/signin?returnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["login"] = "lili", ["password"] = "li-chose-this-one", ["returnUrl"] = "https://evil.example/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AOneTimePasswordOnlyLetsYouChooseYourOwnAndAChangedPasswordEndsOtherSessions()
    {
        await using var app = new AlertsApp();
        var (account, _) = await app.Services.GetRequiredService<AccountStore>().AddAsync("赵", AccountRoles.Admin, "500112000000", null, default);
        var (oneTime, _) = await app.Services.GetRequiredService<PasswordSignIn>().SetOneTimePasswordAsync(account.Id, "zhao", "test", default);
        using var first = Anonymous(app);
        await ConsoleSession.PostFormAsync(first, "/signin", new() { ["login"] = "zhao", ["password"] = oneTime! });

        var home = await first.GetAsync("/");
        Assert.Equal("/account/password", home.Headers.Location!.OriginalString);
        var tooShort = await ConsoleSession.PostFormAsync(first, "/account/password",
            new() { ["current"] = oneTime!, ["chosen"] = "short", ["again"] = "short" });
        Assert.Contains("至少", await tooShort.Content.ReadAsStringAsync());
        await ConsoleSession.PostFormAsync(first, "/account/password",
            new() { ["current"] = oneTime!, ["chosen"] = "zhao-new-password", ["again"] = "zhao-new-password" });
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);

        using var second = Anonymous(app);
        await ConsoleSession.PostFormAsync(second, "/signin", new() { ["login"] = "zhao", ["password"] = "zhao-new-password" });
        await ConsoleSession.PostFormAsync(second, "/account/password",
            new() { ["current"] = "zhao-new-password", ["chosen"] = "zhao-third-password", ["again"] = "zhao-third-password" });

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/")).StatusCode); // the first session's stamp is stale
    }

    [Fact]
    public async Task ATownOfficialsHomePageCountsOnlyTheirTown()
    {
        await using var app = new AlertsApp();
        using (app.CreateClient()) { }
        using var c = app.OpenDatabase();
        var town = c.QueryFirst<string>("SELECT code FROM regions WHERE level = 4 ORDER BY code");
        var households = c.ExecuteScalar<long>("SELECT COUNT(*) FROM households WHERE substr(village_code, 1, 9) = @T", new { T = town[..9] });
        using var client = await app.SignedInClientAsync(town, AccountRoles.Official);

        var html = await client.GetStringAsync("/");

        Assert.Contains($"<td class=\"num\" id=\"households\">{households}</td>", html);
        Assert.True(households is > 0 and < 300);
    }

    [Fact]
    public async Task AConsolePageOutsideTheJurisdictionSaysSoInChineseWhileTheApiKeepsProblemDetails()
    {
        await using var app = new AlertsApp();
        using var client = await app.SignedInClientAsync();

        var page = await client.GetAsync("/warnings/999999");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("没有找到", html);
        Assert.Contains("href=\"/\" id=\"status-home\"", html);

        var api = await Anonymous(app).GetAsync("/api/warnings/1");
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
