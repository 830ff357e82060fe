using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Resilience;

/// <summary>Registers the named <see cref="ResilienceOptions"/> for one client, once, whichever entry point asks first.</summary>
internal static class ResilienceOptionsRegistration
{
    public static void AddNamed(IServiceCollection services, string clientName)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResilienceOptions>, ResilienceOptionsValidator>());
        if (services.Any(d => d.ImplementationInstance is ConfigureNamedOptions<ResilienceOptions> c && c.Name == clientName))
        {
            return;
        }

        // The per-provider default first, so that configuration, bound after it, wins.
        services.AddOptions<ResilienceOptions>(clientName)
            .Configure(o => o.SendRatePerSecond = ResilienceOptions.DefaultSendRateFor(clientName))
            .BindConfiguration(ResilienceOptions.SectionFor(clientName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}
