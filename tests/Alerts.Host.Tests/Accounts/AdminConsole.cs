using System.Net;
using System.Text.RegularExpressions;
using Alerts.Host.Tests.Support;
using Alerts.Store.Regions;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Accounts;

/// <summary>What the admin-page tests share: places of the demo county, its staff, forms posted and secrets read back.</summary>
internal static partial class AdminConsole
{
    public const string County = "500112000000";

    /// <summary>The first two towns of the demo county.</summary>
    public static async Task<(string First, string Second)> TownsAsync(AlertsApp app)
    {
        var towns = await app.Services.GetRequiredService<RegionStore>().UnderAsync("500112", 4, CancellationToken.None);
        return (towns[0].Code, towns[1].Code);
    }

    /// <summary>A grid worker (or official) who works under <paramref name="prefix"/>.</summary>
    public static async Task<(long Id, string Name, string Region)> StaffUnderAsync(AlertsApp app, string prefix, string role = "grid_worker")
    {
        using var c = app.OpenDatabase();
        return await c.QueryFirstAsync<(long, string, string)>(
            "SELECT id, name, region_code FROM people WHERE role = @Role AND region_code LIKE @Prefix || '%' ORDER BY id",
            new { Role = role, Prefix = prefix });
    }

    /// <summary>Posts a form with the antiforgery token of the page that shows it; the response is returned as it came.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenFrom = null) =>
        tokenFrom is null ? ConsoleSession.PostFormAsync(client, path, fields) : PostWithTokenOfAsync(client, path, fields, tokenFrom);

    private static async Task<HttpResponseMessage> PostWithTokenOfAsync(HttpClient client, string path, Dictionary<string, string> fields, string page)
    {
        fields["__RequestVerificationToken"] = await ConsoleSession.TokenAsync(client, page);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Adds an account through /accounts/new and reads back what the page showed once.</summary>
    public static async Task<(long Id, string Login, string Password, string? Key)> AddAccountAsync(HttpClient admin, string login,
        string role, string region, string? department = null, bool withKey = false)
    {
        var fields = new Dictionary<string, string> { ["name"] = "新同事 " + login, ["login"] = login, ["role"] = role, ["region"] = region };
        if (department is not null) fields["department"] = department;
        if (withKey) fields["withKey"] = "true";
        var response = await PostAsync(admin, "/accounts/new", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return (long.Parse(Text(html, "/accounts/(\\d+)\" id=\"created-details\"")), Text(html, "id=\"created-login\">([^<]+)<"),
            Text(html, "id=\"created-password\">([^<]+)<"), Optional(html, "id=\"created-key\">([^<]+)<"));
    }

    /// <summary>A fresh browser-like client signing in; the response of the sign-in form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(WebApplicationFactory<Program> app, string login, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        return await ConsoleSession.PostFormAsync(client, "/signin", new() { ["login"] = login, ["password"] = password });
    }

    public static string Text(string html, string pattern) =>
        Optional(html, pattern) ?? throw new InvalidOperationException($"No match for {pattern} in:\n{html}");

    public static string? Optional(string html, string pattern) =>
        Regex.Match(html, pattern) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
}
