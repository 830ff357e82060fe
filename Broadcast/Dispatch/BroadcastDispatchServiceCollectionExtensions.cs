using Alerts.Broadcast.Outbox;
using Alerts.Channels.WeChat;
using Alerts.Identity.Reach;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

public static class BroadcastDispatchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the delivery outbox and its dispatch workers (section "Dispatch"), and <see cref="DispatchSignal"/>
    /// for whoever writes outbox rows to wake them. Needs AddStore and AddChannels; registers the records' SMS opt-outs for the send gate if nobody has.
    /// </summary>
    public static IServiceCollection AddBroadcastDispatch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DispatchOptions>()
            .Bind(configuration.GetSection(DispatchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DispatchOptions>, DispatchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DeliveryStore>();
        services.TryAddSingleton<DispatchSignal>();
        services.AddSmsOptOuts();
        // The Host replaces it with the shelters Incidents keeps; alone, warnings name no shelter.
        services.TryAddSingleton<Alerts.Broadcast.Shelters.IShelterDirections, Alerts.Broadcast.Shelters.NoShelterDirections>();
        services.TryAddSingleton<DeliveryProcessor>();
        services.TryAddSingleton<Dispatcher>();
        services.TryAddSingleton(sp => new WarningMessages(
            sp.GetRequiredService<IOptions<DispatchOptions>>(), sp.GetRequiredService<IOptions<WeChatOptions>>()));
        services.AddHostedService<DispatchWorker>();
        return services;
    }
}
