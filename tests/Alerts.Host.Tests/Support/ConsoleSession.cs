using System.Net;
using System.Text.RegularExpressions;
using Alerts.Identity.Accounts;
using Alerts.Identity.SignIn;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// A staff member signed in to the console of an in-memory Host, the way a browser does it: the account gets a
/// one-time password (as the CLI gives it), the sign-in form is posted with its antiforgery token, the password is
/// changed as the console demands, and the client keeps the cookie and sends the page's antiforgery token in the
/// header the simulator's script uses.
/// </summary>
public static partial class ConsoleSession
{
    public const string Password = "correct-horse-battery";

    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> app, string region = "500112000000",
        string role = AccountRoles.Admin)
    {
        var services = app.Services;
        var (account, _) = await services.GetRequiredService<AccountStore>().AddAsync("测试" + role, role, region,
            role == AccountRoles.Official ? Departments.Emergency : null, CancellationToken.None);
        var login = "test-" + account.Id;
        var (oneTime, error) = await services.GetRequiredService<PasswordSignIn>().SetOneTimePasswordAsync(account.Id, login, "test", CancellationToken.None);
        Assert.Null(error);

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await PostFormAsync(client, "/signin", new() { ["login"] = login, ["password"] = oneTime! });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account/password", signedIn.Headers.Location?.OriginalString);
        var changed = await PostFormAsync(client, "/account/password",
            new() { ["current"] = oneTime!, ["chosen"] = Password, ["again"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        client.DefaultRequestHeaders.Add("RequestVerificationToken", await TokenAsync(client, "/"));
        return client;
    }

    /// <summary>Posts a form of the console the way the browser would: with the token of the page it is on.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenInput().Match(html).Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException($"No antiforgery token on {path}:\n{html}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
