using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// What a newcomer does after `dotnet run --project Host`: read the demo admin's one-time password the Host printed,
/// sign in with it, and choose their own password as the console asks.
/// </summary>
public static partial class BrowserSignIn
{
    public const string ChosenPassword = "my-own-password-1";

    /// <summary>The one-time password the Host printed on its first start (waits a little for the output).</summary>
    public static async Task<string> PrintedPasswordAsync(HostProcess host)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            var m = Printed().Match(host.Output);
            if (m.Success) return m.Groups[1].Value;
            await Task.Delay(50);
        }
        throw new InvalidOperationException("The Host printed no sign-in:\n" + host.Output);
    }

    public static async Task SignInAsync(IPage page, HostProcess host) =>
        await SignInAsAsync(page, host, "admin", await PrintedPasswordAsync(host));

    /// <summary>Any account's first sign-in: its login and one-time password, then a password of its own.</summary>
    public static async Task SignInAsAsync(IPage page, HostProcess host, string login, string password)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, "/").ToString());
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await page.FillAsync("#login", login);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin");
        // Waiting for the URL only (not the load event): on a busy 2-core machine the load event of a page whose
        // navigation already committed has been seen to miss Playwright's 30 s; the next step waits for its element.
        await page.WaitForURLAsync(url => url.EndsWith("/account/password", StringComparison.Ordinal), Committed);
        await page.FillAsync("#current", password);
        await page.FillAsync("#chosen", ChosenPassword);
        await page.FillAsync("#again", ChosenPassword);
        await page.ClickAsync("#change");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", Committed);
        await page.WaitForSelectorAsync("#nav-me");
    }

    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    [GeneratedRegex(@"one-time password: (\S+)")]
    private static partial Regex Printed();
}
