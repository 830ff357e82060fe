using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Alerts.Host.Api;

/// <summary>
/// The officials' API described at /openapi/v1.json: only the routes under /api (the webhooks answer providers, the
/// console answers browsers), with the bearer API key every one of them needs.
/// </summary>
internal static class OfficialsOpenApi
{
    private const string Bearer = "ApiKey";

    public static IServiceCollection AddOfficialsOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Alerts officials' API",
                Version = "v1",
                Description = "Warnings (draft, approve, cancel, list, preview, CAP 1.2), help requests and monitoring " +
                              "(防止返贫监测: household records, cases from clue to exit). Every route needs `Authorization: Bearer alk_…` (an API key from the console's " +
                              "account page or `accounts add`). Refusals are RFC 9457 problem details with `zh` and `en`.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "alk_XXXXXXXX_secret",
                Description = "An API key of a staff account.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] }];
            return Task.CompletedTask;
        });
    });
}
