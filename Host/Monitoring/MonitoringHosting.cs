using Microsoft.Extensions.DependencyInjection.Extensions;
using Alerts.Host.Roster;
using Alerts.Store.People;
using Alerts.Monitoring;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Households.Register;
using Alerts.Channels.Messages;

namespace Alerts.Host.Monitoring;

internal static class MonitoringHosting
{
    /// <summary>Monitoring with what the Host supplies it: the duty roster port and its background workers.</summary>
    public static IServiceCollection AddMonitoringHost(this IServiceCollection services)
    {
        services.AddMonitoring();
        services.TryAddSingleton<IDutyRosters, RosterPort>();
        services.AddHostedService<CaseDeadlineWorker>();
        services.AddHostedService<CheckInReminderWorker>();
        services.AddSingleton<PhoneNormaliser>(MainlandPhone.Parse);
        services.AddHostedService<DemoRegisterStartup>();
        return services;
    }
}
