namespace Alerts.Host.Reports;

internal static class ConsoleReportsServiceCollectionExtensions
{
    /// <summary>What the console's report and help pages read with: settings, actor names, the report page's reader.</summary>
    public static IServiceCollection AddConsoleReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ActorNames>();
        services.AddSingleton<ReportPageReader>();
        services.AddSingleton<Help.HelpListReader>();
        return services;
    }
}
