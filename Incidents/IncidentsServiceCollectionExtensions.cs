using Alerts.Incidents.Core;
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
        return services;
    }
}
