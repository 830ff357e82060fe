using Alerts.Channels.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Twilio;

/// <summary>Wires the Twilio channel. Called from AddChannels; returns the typed client's builder so the Host can
/// attach the resilience handler (twilio.md §10: retry POST only on 429 and never-sent failures).</summary>
internal static class TwilioRegistration
{
    /// <summary>twilio-node's default request timeout. Set HttpClient.Timeout to infinite once a resilience
    /// handler with its own total timeout is attached, as the standard handler does.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static IHttpClientBuilder AddTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection(TwilioOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TwilioWebhook>();

        // The sender is transient because the typed client is: a singleton would pin one HttpClient handler forever.
        services.TryAddTransient<TwilioSender>();
        services.AddTransient<IMessageSender>(sp => sp.GetRequiredService<TwilioSender>());

        return services.AddHttpClient<TwilioApiClient>((sp, http) =>
        {
            var settings = sp.GetRequiredService<IOptions<TwilioOptions>>().Value;
            http.BaseAddress = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/");
            http.Timeout = DefaultTimeout;
        });
    }
}
