using Alerts.Channels.Messages;
using Alerts.Channels.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.TencentSms;

/// <summary>Wires Tencent Cloud SMS and the choice of SMS provider. Called from AddChannels; returns the typed client's
/// builder so the resilience handler is attached (a send POST is retried only when it surely never left).</summary>
internal static class TencentSmsRegistration
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static IHttpClientBuilder AddTencentSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TencentSmsOptions>()
            .Bind(configuration.GetSection(TencentSmsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TencentSmsOptions>, TencentSmsOptionsValidator>());
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TencentSmsCallbacks>();
        // Not an IMessageSender registration: ChannelSenders picks the one SMS provider in use.
        services.TryAddTransient<TencentSmsSender>();

        return services.AddHttpClient<TencentSmsApiClient>((sp, http) =>
        {
            var settings = sp.GetRequiredService<IOptions<TencentSmsOptions>>().Value;
            http.BaseAddress = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/");
            http.Timeout = DefaultTimeout;
        });
    }
}
