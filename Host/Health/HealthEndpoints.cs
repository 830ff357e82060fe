using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alerts.Host.Health;

internal static class HealthEndpoints
{
    public const string DatabaseCheck = "database";

    public static IServiceCollection AddAlertsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>(DatabaseCheck);
        return services;
    }

    /// <summary>GET /health: 200 with JSON when healthy, 503 with the same JSON when not.</summary>
    public static IEndpointRouteBuilder MapAlertsHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonOptions, context.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
