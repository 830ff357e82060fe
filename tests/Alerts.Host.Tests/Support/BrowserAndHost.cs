using Microsoft.Playwright;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// Chromium and the real Host process for one browser test, disposed together: the browser starts first, so that when
/// it cannot start no Host process is left behind; the Host's folder is deleted at the end.
/// </summary>
public sealed class BrowserAndHost : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserAndHost(IPlaywright playwright, IBrowser browser, HostProcess host) =>
        (_playwright, Browser, Host) = (playwright, browser, host);

    public IBrowser Browser { get; }
    public HostProcess Host { get; }

    public static Task<BrowserAndHost> StartAsync(IDictionary<string, string>? settings = null) =>
        StartAsync(_ => settings ?? new Dictionary<string, string>());

    /// <summary>With settings that name the Host's own address (webhook base URLs the fakes post receipts to).</summary>
    public static async Task<BrowserAndHost> StartAsync(Func<Uri, IDictionary<string, string>> settingsFor)
    {
        var (playwright, browser) = await Support.Browser.LaunchAsync();
        try
        {
            return new BrowserAndHost(playwright, browser, await HostProcess.StartAsync(settingsFor));
        }
        catch
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Host.DisposeAsync();
        HostProcess.DeleteDirectory(Host.Directory);
    }
}
