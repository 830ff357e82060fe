using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households;
using Alerts.Monitoring.Platform;
using Alerts.Monitoring.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>防止返贫监测: household records, the assessment, cases, measures and check-ins. Safe to call twice.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddRelapseAssessment();
        services.TryAddSingleton<HouseholdProfileReader>();
        services.TryAddSingleton<CaseStore>();
        services.TryAddSingleton<CaseIntake>();
        services.TryAddSingleton<HouseholdMatcher>();
        services.TryAddSingleton<CaseClues>();
        services.TryAddSingleton<CaseStepStore>();
        services.TryAddSingleton<CaseProcedure>();
        services.TryAddSingleton<CaseOpening>();
        services.TryAddSingleton<CaseClockStore>();
        services.TryAddSingleton<CaseReminders>();
        services.TryAddSingleton<ScreeningStore>();
        services.TryAddSingleton<ScreeningImport>();
        services.TryAddSingleton<PlatformStore>();
        services.TryAddSingleton<PlatformExport>();
        return services;
    }
}
