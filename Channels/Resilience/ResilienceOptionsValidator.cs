using Microsoft.Extensions.Options;

namespace Alerts.Channels.Resilience;

/// <summary>
/// The standard handler's two cross-field rules. Without the first, the total timeout would cut the first attempt
/// short and retries could never happen; without the second, the breaker's window could hold fewer than two attempts.
/// </summary>
internal sealed class ResilienceOptionsValidator : IValidateOptions<ResilienceOptions>
{
    public ValidateOptionsResult Validate(string? name, ResilienceOptions options)
    {
        var failures = new List<string>();
        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"Resilience:{name}: AttemptTimeout ({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).");
        }

        if (options.SamplingDuration < 2 * options.AttemptTimeout)
        {
            failures.Add($"Resilience:{name}: SamplingDuration ({options.SamplingDuration}) must be at least twice AttemptTimeout ({options.AttemptTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
