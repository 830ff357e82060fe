using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Channels.Resilience;

public static class ResilienceHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the Alerts resilience handler (concurrency limit → total timeout → retry → circuit breaker → attempt
    /// timeout) configured from <c>Resilience:{clientName}</c>. Call it before any other AddHttpMessageHandler so it is
    /// outermost. Unsafe methods retry only when the provider surely did nothing, or when the request sets
    /// <c>ResilienceKeys.SafeToRetry</c>.
    /// </summary>
    public static IHttpClientBuilder AddAlertsResilience(this IHttpClientBuilder builder, string clientName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        var services = builder.Services;
        ResilienceOptionsRegistration.AddNamed(services, clientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HttpResiliencePipelineFactory>();

        // The pipeline's timeouts replace HttpClient's; a finite HttpClient.Timeout would cut retries short.
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        return builder.AddHttpMessageHandler(sp =>
            new ResilienceHandler(sp.GetRequiredService<HttpResiliencePipelineFactory>().GetPipeline(clientName)));
    }
}
