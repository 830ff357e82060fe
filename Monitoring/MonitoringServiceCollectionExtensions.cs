using Alerts.Store.People;
using Alerts.Monitoring.Assessment;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.CheckIns;
using Alerts.Monitoring.Exit;
using Alerts.Monitoring.Households;
using Alerts.Monitoring.Platform;
using Alerts.Monitoring.Screening;
using Alerts.Monitoring.Measures;
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
        services.TryAddSingleton<CaseListExport>();
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
        // After enrolment: the helper, help measures, weekly visits, 红色预警 and exit. RedWarnings needs IDutyRosters.
        services.TryAddSingleton<CareStore>();
        services.TryAddSingleton<HelperAssignment>();
        services.TryAddSingleton<MeasureCatalog>();
        services.TryAddSingleton<MeasureAdvisor>();
        services.TryAddSingleton<MeasureStore>();
        services.TryAddSingleton<CheckInStore>();
        services.TryAddSingleton<CheckInRecorder>();
        services.TryAddSingleton<CheckInReminders>();
        services.TryAddSingleton<RedWarnings>();
        services.TryAddSingleton<CaseExit>();
        return services;
    }
}
