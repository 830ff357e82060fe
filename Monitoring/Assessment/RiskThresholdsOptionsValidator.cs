using Microsoft.Extensions.Options;

namespace Alerts.Monitoring.Assessment;

/// <summary>The cross-field rule: a red warning is the graver state, so its line cannot sit above the monitoring line.</summary>
public sealed class RiskThresholdsOptionsValidator : IValidateOptions<RiskThresholdsOptions>
{
    public ValidateOptionsResult Validate(string? name, RiskThresholdsOptions options) =>
        options.RedWarningMultiplier > options.MonitoringMultiplier
            ? ValidateOptionsResult.Fail(
                $"{RiskThresholdsOptions.SectionName}:RedWarningMultiplier ({options.RedWarningMultiplier}) must not " +
                $"exceed MonitoringMultiplier ({options.MonitoringMultiplier}).")
            : ValidateOptionsResult.Success;
}
