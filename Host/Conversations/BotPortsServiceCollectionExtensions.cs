using Alerts.Bot.Queries;
using Alerts.Broadcast.Warnings;

namespace Alerts.Host.Conversations;

internal static class BotPortsServiceCollectionExtensions
{
    /// <summary>What the bot needs from Broadcast, adapted here because the bot does not reference Broadcast.</summary>
    public static IServiceCollection AddBotPorts(this IServiceCollection services)
    {
        services.AddSingleton<ActiveWarningsQuery>();
        services.AddSingleton<IActiveWarnings, BroadcastActiveWarnings>();
        return services;
    }
}
