using Alerts.Bot.Queries;

namespace Alerts.Host.Conversations;

internal static class BotPortsServiceCollectionExtensions
{
    /// <summary>What the bot needs from Broadcast, adapted here because the bot does not reference Broadcast.</summary>
    public static IServiceCollection AddBotPorts(this IServiceCollection services)
    {
        services.AddSingleton<IActiveWarnings, BroadcastActiveWarnings>();
        services.AddSingleton<IWarningDesk, BroadcastWarningDesk>();
        return services;
    }
}
