using Alerts.Bot.Acknowledgement;
using Alerts.Channels.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>Registers the bot as the single handler of every channel's inbound messages.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.TryAddSingleton<IInboundHandler, AcknowledgingInboundHandler>();
        return services;
    }
}
