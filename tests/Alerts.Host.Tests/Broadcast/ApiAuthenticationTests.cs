using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Alerts.Identity.Accounts;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Broadcast;

public sealed class ApiAuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer alk_nothing")]
    [InlineData("Bearer alk_AAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task WithoutAValidKeyTheApiAnswers401(string? authorization)
    {
        await using var app = new AlertsApp();
        using var client = app.CreateClient();
        if (authorization is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.PostAsJsonAsync("/api/warnings", OfficialsApi.Gale());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("API", (await response.JsonAsync()).GetProperty("detail").GetString());
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM warnings"));
    }

    [Fact]
    public async Task ARevokedKeyNoLongerWorks()
    {
        await using var app = new AlertsApp();
        using var client = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/warnings/999")).StatusCode);
        using (var c = app.OpenDatabase()) c.Execute("UPDATE accounts SET revoked_utc = '2026-01-01T00:00:00.0000000Z'");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/warnings/999")).StatusCode);
    }

    [Fact]
    public async Task AGridWorkerKeyAuthenticatesButMayNotPublish()
    {
        await using var app = new AlertsApp();
        using var client = await app.ClientAsync("500112101001", department: null!, role: AccountRoles.GridWorker);

        var response = await client.PostAsJsonAsync("/api/warnings", OfficialsApi.Gale("500112101001"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheRestOfTheHostNeedsNoKey()
    {
        await using var app = new AlertsApp();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "rubbish");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
