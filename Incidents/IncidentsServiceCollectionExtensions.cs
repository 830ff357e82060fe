using Alerts.Incidents.Core;
using Alerts.Incidents.Shelters;
using Alerts.Incidents.Statistics;
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
        services.TryAddSingleton<ShelterStore>();
        services.TryAddSingleton<ShelterDesk>();
        services.TryAddSingleton<ShelterDirections>();
        services.TryAddSingleton<ShelterCountStore>();
        services.TryAddSingleton<ShelterCounts>();
        services.TryAddSingleton<StatisticsStore>();
        services.TryAddSingleton(sp => new StatisticsReader(sp.GetRequiredService<StatisticsStore>()));
        return services;
    }
}
