using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alerts.Host.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Foundation;

/// <summary>
/// /openapi/v1.json describes the officials' API and nothing else, with its bearer key; and every curl example in the
/// README names an operation the document describes, so the examples stay true as the API changes.
/// </summary>
public sealed partial class OpenApiTests
{
    [Fact]
    public async Task TheDocumentDescribesEveryApiRouteWithItsBearerKeyAndNoWebhookOrPage()
    {
        await using var app = new AlertsApp();
        var operations = await OperationsAsync(app);

        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                $"{m} {Template(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        Assert.NotEmpty(mapped);
        Assert.Equal(mapped.Order(StringComparer.Ordinal), operations.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(operations, o => o.Contains("/webhooks", StringComparison.Ordinal) || o.Contains("/simulator", StringComparison.Ordinal));

        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("ApiKey", document.RootElement.GetProperty("security")[0].EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task EveryCurlExampleInTheReadmeNamesAnOperationOfTheDocument()
    {
        await using var app = new AlertsApp();
        var operations = (await OperationsAsync(app)).Select(o => new Regex("^" + Regex.Replace(Regex.Escape(o), @"\\\{[^}]+}", "[^/]+") + "$")).ToList();
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "README.md"));
        var examples = Curls(readme).ToList();

        Assert.True(examples.Count >= 10, $"only {examples.Count} curl examples found");
        foreach (var example in examples)
            Assert.True(operations.Any(o => o.IsMatch(example)), $"README example '{example}' names no operation of /openapi/v1.json");
    }

    /// <summary>"METHOD /path/{template}" for every operation of the document.</summary>
    private static async Task<List<string>> OperationsAsync(AlertsApp app)
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {Template(p.Name)}"))
            .ToList();
    }

    /// <summary>Route templates compared without constraints or a trailing slash: /api/warnings/{id:long}/ → /api/warnings/{id}.</summary>
    private static string Template(string route) => RouteConstraint().Replace(route, "}").TrimEnd('/') is { Length: > 0 } t ? t : "/";

    /// <summary>"METHOD /path" of each curl command in the README (continuation lines joined; $API is /api/warnings).</summary>
    private static IEnumerable<string> Curls(string readme)
    {
        var joined = readme.Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var line in joined.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("curl ", StringComparison.Ordinal)))
        {
            var url = Url().Match(line);
            if (!url.Success) continue;
            var path = (url.Groups["api"].Success ? "/api/warnings" + url.Groups["rest"].Value : url.Groups["path"].Value).Split('?')[0];
            var method = Method().Match(line) is { Success: true } m ? m.Groups[1].Value
                : line.Contains(" -d ", StringComparison.Ordinal) || line.Contains("--data", StringComparison.Ordinal) ? "POST" : "GET";
            yield return $"{method} {path.TrimEnd('/')}";
        }
    }

    [GeneratedRegex(@":[^}]+}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"(?<api>\$API)(?<rest>[/\w{}\-]*)|https?://localhost:\d+(?<path>/[^\s""']*)")]
    private static partial Regex Url();

    [GeneratedRegex(@"-X (\w+)")]
    private static partial Regex Method();
}
