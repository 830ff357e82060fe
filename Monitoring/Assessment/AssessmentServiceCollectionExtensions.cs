using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Assessment;

internal static class AssessmentServiceCollectionExtensions
{
    /// <summary>Binds and validates the "Monitoring" thresholds at start; for AddBot to call.</summary>
    public static IServiceCollection AddRelapseAssessment(this IServiceCollection services)
    {
        services.AddOptions<RiskThresholdsOptions>()
            .BindConfiguration(RiskThresholdsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<RiskThresholdsOptions>, RiskThresholdsOptionsValidator>());
        return services;
    }
}
