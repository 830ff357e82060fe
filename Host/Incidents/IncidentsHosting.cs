using Alerts.Host.Roster;
using Alerts.Store.People;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Alerts.Incidents;

namespace Alerts.Host.Incidents;

internal static class IncidentsHosting
{
    /// <summary>Incidents (灾情/险情) with what the Host supplies them: the duty roster port and background workers.</summary>
    public static IServiceCollection AddIncidentsHost(this IServiceCollection services)
    {
        services.AddIncidents();
        services.TryAddSingleton<IDutyRosters, RosterPort>();
        services.AddHostedService<UpwardReminderWorker>();
        // Replaces Broadcast's default (no shelters), whichever of the two is registered first.
        services.Replace(ServiceDescriptor.Singleton<Alerts.Broadcast.Shelters.IShelterDirections, ShelterDirectionsPort>());
        services.AddHostedService<DemoSheltersStartup>();
        services.TryAddSingleton<Alerts.Incidents.HazardPoints.MonitorPhoneParser>(Alerts.Channels.Messages.MainlandPhone.Parse);
        services.TryAddSingleton<PointForecasts>();
        services.AddHostedService<DemoHazardPointsStartup>();
        return services;
    }
}
