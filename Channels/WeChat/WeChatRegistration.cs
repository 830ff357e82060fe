using Alerts.Channels.Messages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.WeChat;

internal static class WeChatRegistration
{
    /// <summary>
    /// Registers WeChat: options (validated at start), the webhook, the typed API client, the token owner with an
    /// in-memory token store unless the Host registered a shared one, and the sender (as itself and as an
    /// <see cref="IMessageSender"/>). Returns the API client's <see cref="IHttpClientBuilder"/>: attach the
    /// resilience handler there.
    /// </summary>
    public static IHttpClientBuilder AddWeChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeChatOptions>()
            .Bind(configuration.GetSection(WeChatOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAccessTokenStore, InMemoryAccessTokenStore>();
        services.TryAddSingleton<WeChatAccessTokens>();
        services.TryAddSingleton<WeChatWebhook>();

        // Typed clients are transient, so the sender is too; the token owner stays a singleton.
        services.TryAddTransient<WeChatSender>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IMessageSender, WeChatSender>());
        services.TryAddTransient(sp => new WeChatMediaSource(sp.GetRequiredService<WeChatApiClient>(),
            sp.GetRequiredService<WeChatAccessTokens>()));

        var apiClientHttp = services.AddHttpClient<WeChatApiClient>((sp, http) =>
        {
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<WeChatOptions>>().Value.ApiBaseUrl);
            // The resilience pipeline owns timeouts (house style 13); until it is attached, keep a sane bound.
            http.Timeout = TimeSpan.FromSeconds(30);
        });
        return apiClientHttp;
    }
}
