using System.Reflection;

namespace Alerts.Host.Hosting;

/// <summary>
/// The console's style sheet and scripts (every file in Host/Assets), embedded in the assembly and served from /assets:
/// the console works from any working directory, and the Content-Security-Policy can forbid inline script and style.
/// </summary>
internal static class ConsoleAssets
{
    private const string Prefix = "Alerts.Host.Assets.";

    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Files = Assembly.GetExecutingAssembly()
        .GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToDictionary(n => n[Prefix.Length..], n => (Read(n), TypeOf(n)), StringComparer.Ordinal);

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

    private static string TypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"Missing embedded asset {name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
