using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alerts.Bot.Guidance;

internal static class GuidanceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine over the embedded rules; for AddBot to call. The rules are parsed on first use, and a
    /// bad file throws then; the guidance tests load the same file, so it cannot ship broken.
    /// </summary>
    public static IServiceCollection AddGuidance(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => GuidanceRuleSet.LoadEmbedded());
        services.TryAddSingleton<GuidanceEngine>();
        return services;
    }
}
