using System.IO.Compression;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// What every console page must hold, checked on the page a browser test has open: at a 1280-px desk screen and a
/// 375-px phone, axe finds no serious or critical violation, the phone never scrolls sideways, and a screenshot goes
/// to artifacts/screenshots (README "The officials' console"); the page with its own scripts and style sheet is under
/// 100 KB compressed (each page's figure is appended to artifacts/screenshots/sizes.tsv).
/// </summary>
public static class ConsolePageChecks
{
    public const int MaxCompressedBytes = 100 * 1024;
    public static readonly (int Width, int Height)[] Sizes = [(1280, 800), (375, 740)];

    public static string ScreenshotFolder => Path.Combine(Repository.Root(), "artifacts", "screenshots");

    /// <summary>Checks the open page at both sizes and leaves it at the size it had.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        var before = page.ViewportSize;
        Directory.CreateDirectory(ScreenshotFolder);
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{name} at {width} px: " + string.Join("\n", serious.Select(v =>
                $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
            if (width < 400)
            {
                var widths = await page.EvaluateAsync<int[]>(
                    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                var (scroll, client) = (widths[0], widths[1]);
                Assert.True(scroll <= client, $"{name} scrolls sideways at {width} px: {scroll} > {client}");
            }
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(before?.Width ?? Sizes[0].Width, before?.Height ?? Sizes[0].Height);
        var bytes = await CompressedSizeAsync(page);
        Assert.True(bytes < MaxCompressedBytes, $"{name} is {bytes} bytes compressed (limit {MaxCompressedBytes})");
        await File.AppendAllTextAsync(Path.Combine(ScreenshotFolder, "sizes.tsv"), $"{name}\t{bytes}\n");
    }

    /// <summary>The page's HTML as served plus each script and style sheet it loads, each gzip-compressed.</summary>
    public static async Task<long> CompressedSizeAsync(IPage page)
    {
        var urls = await page.EvaluateAsync<string[]>(
            "() => [location.href, ...[...document.querySelectorAll('script[src], link[rel=stylesheet]')].map(e => e.src || e.href)]");
        long total = 0;
        foreach (var url in urls.Distinct())
        {
            var response = await page.Context.APIRequest.GetAsync(url);
            // The page itself may be a refusal (a 404 page is a page too); what it loads must be there.
            Assert.True(response.Ok || url == urls[0], $"{url}: {response.Status}");
            total += Gzipped(await response.BodyAsync());
        }
        return total;
    }

    /// <summary>A second tab of the same signed-in browser with JavaScript off, for "lists readable without script".</summary>
    public static async Task<IPage> WithoutScriptAsync(IBrowser browser, IPage signedIn)
    {
        var state = await signedIn.Context.StorageStateAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, StorageState = state });
        return await context.NewPageAsync();
    }

    private static long Gzipped(byte[] body)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(body);
        return memory.Length;
    }
}
