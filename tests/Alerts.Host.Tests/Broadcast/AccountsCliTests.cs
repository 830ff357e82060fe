using System.Net;
using System.Net.Http.Headers;
using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>The <c>accounts add</c> verb, run as the real Alerts.Host executable on the same file as an in-memory Host.</summary>
public sealed class AccountsCliTests
{
    private static Task<(int ExitCode, string Out, string Err)> RunAsync(AlertsApp app, params string[] args) =>
        HostCli.RunAsync(app.Directory, app.DatabasePath, args);

    [Fact]
    public async Task TheKeyOnTheLastLineAuthenticates()
    {
        await using var app = new AlertsApp();
        using var client = app.CreateClient(); // the Host creates and loads the database

        var (exit, output, _) = await RunAsync(app, "accounts", "add", "--name", "自然资源局 张三", "--role", "official",
            "--region", "500112000000", "--department", "natural_resources");

        Assert.Equal(0, exit);
        var key = output.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("alk_", key);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/warnings/12345")).StatusCode);
    }

    [Theory]
    [InlineData("--role", "mayor", "--role")]
    [InlineData("--region", "500112199000", "500112199000")]
    [InlineData("--department", "police", "--department")]
    public async Task BadInputExitsWith2AndSaysWhy(string option, string value, string mentioned)
    {
        await using var app = new AlertsApp();
        using (app.CreateClient()) { }
        var args = new Dictionary<string, string>
        {
            ["--name"] = "李四", ["--role"] = "official", ["--region"] = "500112101", ["--department"] = "water",
        };
        args[option] = value;

        var (exit, output, error) = await RunAsync(app, ["accounts", "add", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, exit);
        Assert.Contains(mentioned, error);
        Assert.DoesNotContain("alk_", output);
    }

    [Fact]
    public async Task APasswordVerbGivesAOneTimePasswordThatSignsInOnlyToChooseAnother()
    {
        await using var app = new AlertsApp();
        using (app.CreateClient()) { }
        var (_, added, _) = await RunAsync(app, "accounts", "add", "--name", "镇管理员", "--role", "admin", "--region", "500112101");
        var prefix = added.TrimEnd().Split('\n')[^1].Trim()[..12];

        var (exit, output, _) = await RunAsync(app, "accounts", "password", prefix, "--login", "town-admin");
        var (bad, _, why) = await RunAsync(app, "accounts", "password", "alk_nobody00", "--login", "x");

        Assert.Equal((0, 2), (exit, bad));
        Assert.Contains("alk_nobody00", why);
        var password = output.TrimEnd().Split('\n')[^1].Trim();
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await ConsoleSession.PostFormAsync(client, "/signin", new() { ["login"] = "town-admin", ["password"] = password });
        Assert.Equal("/account/password", signedIn.Headers.Location?.OriginalString);
    }
}
