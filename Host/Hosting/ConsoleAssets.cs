using System.Reflection;

namespace Alerts.Host.Hosting;

/// <summary>
/// The console's style sheet and scripts, embedded in the assembly and served from /assets: the console works from any
/// working directory, and the Content-Security-Policy can forbid inline script and style.
/// </summary>
internal static class ConsoleAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Files = new(StringComparer.Ordinal)
    {
        ["site.css"] = (Read("site.css"), "text/css; charset=utf-8"),
        ["console.js"] = (Read("console.js"), "text/javascript; charset=utf-8"),
        ["chat.js"] = (Read("chat.js"), "text/javascript; charset=utf-8"),
    };

    public static IEndpointRouteBuilder MapConsoleAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!Files.TryGetValue(name, out var file)) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(file.Bytes, file.Type);
        }).AllowAnonymous();
        return app;
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Alerts.Host.Assets." + name)
                           ?? throw new InvalidOperationException($"Missing embedded asset {name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
