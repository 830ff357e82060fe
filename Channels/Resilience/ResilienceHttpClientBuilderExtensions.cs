using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace Alerts.Channels.Resilience;

public static class ResilienceHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds Microsoft.Extensions.Http.Resilience's handler, filled by <see cref="ResilienceStrategies"/> from
    /// <c>Resilience:{clientName}</c> (validated at start). One pipeline per request authority, so each provider
    /// endpoint has its own circuit breaker and the clients of one name share it across handler rotations. Call it
    /// before any other AddHttpMessageHandler so it is outermost. Unsafe methods retry only when the provider surely
    /// did nothing, or when the request sets <c>ResilienceKeys.SafeToRetry</c>.
    /// </summary>
    public static IHttpClientBuilder AddAlertsResilience(this IHttpClientBuilder builder, string clientName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        ResilienceOptionsRegistration.AddNamed(builder.Services, clientName);

        // The pipeline's timeouts replace HttpClient's; a finite HttpClient.Timeout would cut retries short.
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(clientName, (pipeline, context) =>
        {
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>()
                .CreateLogger("Alerts.Channels.Resilience.ResilienceStrategies");
            ResilienceStrategies.Add(pipeline, context.GetOptions<ResilienceOptions>(clientName), clientName, logger);
        }).SelectPipelineByAuthority();
        return builder;
    }
}
