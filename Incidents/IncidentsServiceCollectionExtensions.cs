using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Grading;
using Alerts.Incidents.Notices;
using Alerts.Incidents.Views;
using Alerts.Incidents.Shelters;
using Alerts.Incidents.Statistics;
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
        services.TryAddSingleton<IncidentNotices>();
        services.TryAddSingleton<IncidentFigureStore>();
        services.TryAddSingleton<IncidentFigures>();
        services.TryAddSingleton(_ => GradingTables.Embedded());
        services.TryAddSingleton<IncidentGradeStore>();
        services.TryAddSingleton<IncidentGrading>();
        services.TryAddSingleton<IncidentActionStore>();
        services.TryAddSingleton<IncidentActions>();
        services.TryAddSingleton<IncidentViews>();
        services.TryAddSingleton<IncidentList>();
        services.TryAddSingleton<IncidentSurroundings>();
        // The report up (art. 35) needs IDutyRosters, which the Host supplies from Identity.
        // A reminder interval under a minute would have the clock remind in a tight loop.
        services.AddOptions<UpwardOptions>().BindConfiguration(UpwardOptions.Section)
            .Validate(o => o.Deadline > TimeSpan.Zero && o.ReminderInterval >= TimeSpan.FromMinutes(1),
                "Incidents:Upward: Deadline must be positive and ReminderInterval at least one minute")
            .ValidateOnStart();
        services.TryAddSingleton<UpwardReports>();
        services.TryAddSingleton<UpwardStore>();
        services.TryAddSingleton<UpwardRecording>();
        services.TryAddSingleton<UpwardReading>();
        services.TryAddSingleton<UpwardClock>();
        services.TryAddSingleton<ShelterStore>();
        services.TryAddSingleton<ShelterDesk>();
        services.TryAddSingleton<ShelterDirections>();
        services.TryAddSingleton<ShelterCountStore>();
        services.TryAddSingleton<ShelterCounts>();
        services.TryAddSingleton<StatisticsStore>();
        services.TryAddSingleton(sp => new StatisticsReader(sp.GetRequiredService<StatisticsStore>()));
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
