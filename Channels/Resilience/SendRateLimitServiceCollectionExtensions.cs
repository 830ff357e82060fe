using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Channels.Resilience;

public static class SendRateLimitServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SendRateLimiter"/> with limits for every provider and every other channel named under
    /// <c>Resilience</c> in <paramref name="configuration"/> (used only to find the names; values bind from the
    /// app's configuration like every options section). A channel named nowhere gets the default rate.
    /// </summary>
    public static IServiceCollection AddSendRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        // Known names first: configuration keys ignore case but option names do not, so "wechat" in a file must
        // still land on the "WeChat" the clients ask for.
        IEnumerable<string> known = Messages.ChannelNames.Providers;
        var channels = known
            .Concat(configuration.GetSection(ResilienceOptions.SectionPrefix).GetChildren().Select(c => c.Key))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var channel in channels)
        {
            ResilienceOptionsRegistration.AddNamed(services, channel);
        }

        services.TryAddSingleton<SendRateLimiter>();
        return services;
    }
}
