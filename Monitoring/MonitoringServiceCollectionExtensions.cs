using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households;
using Alerts.Monitoring.Households.Register;
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
        services.TryAddSingleton<HouseholdRecordStore>();
        // Needs a PhoneNormaliser, which the Host supplies (the phone rule lives in Channels).
        services.TryAddSingleton<RegisterImporter>();
        services.TryAddSingleton<DemoRegister>();
        services.TryAddSingleton<CaseStore>();
        services.TryAddSingleton<CaseIntake>();
        return services;
    }
}
