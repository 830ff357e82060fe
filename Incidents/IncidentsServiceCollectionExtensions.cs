using Alerts.Incidents.Core;
using Alerts.Incidents.HazardPoints;
using Alerts.Incidents.Upward;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Incidents;

public static class IncidentsServiceCollectionExtensions
{
    /// <summary>灾情/险情: incidents, their figures and grades, the report up, hazard points and shelters. Safe to call twice.</summary>
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.Section);
        services.TryAddSingleton<IncidentStore>();
        services.TryAddSingleton<IncidentIntake>();
        // The report up (art. 35) needs IDutyRosters, which the Host supplies from Identity.
        services.AddOptions<UpwardOptions>().BindConfiguration(UpwardOptions.Section);
        services.TryAddSingleton<UpwardReports>();
        // Hazard points (隐患点); the importer needs MonitorPhoneParser, which the Host supplies from Channels.
        services.TryAddSingleton<HazardPointStore>();
        services.TryAddSingleton<HazardObservationStore>();
        services.TryAddSingleton<HazardPointLookups>();
        services.TryAddSingleton<HazardPointReader>();
        services.TryAddSingleton<HazardPointImporter>();
        services.TryAddSingleton<MonitorReports>();
        services.TryAddSingleton<PointWarningLinks>();
        services.TryAddSingleton<DemoHazardPoints>();
        return services;
    }
}
