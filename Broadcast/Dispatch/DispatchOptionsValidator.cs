using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>Cross-field rules the attributes cannot express.</summary>
internal sealed class DispatchOptionsValidator(IOptionsMonitor<ResilienceOptions> resilience, ChannelSenders senders)
    : IValidateOptions<DispatchOptions>
{
    private static readonly HashSet<string> Fields =
        ["headline", "event", "level", "effective", "instruction", "acknowledge"];

    public ValidateOptionsResult Validate(string? name, DispatchOptions o)
    {
        var errors = new List<string>();
        if (o.RetryMaxDelay < o.RetryBaseDelay)
            errors.Add("Dispatch:RetryMaxDelay must be at least Dispatch:RetryBaseDelay.");
        // The providers that send warnings in this deployment: WeChat's and the one SMS provider chosen.
        foreach (var provider in new[] { senders.ProviderName(ChannelKind.WeChat), senders.ProviderName(ChannelKind.Sms) })
        {
            var total = resilience.Get(provider).TotalTimeout;
            if (o.Lease < 2 * total)
                errors.Add($"Dispatch:Lease ({o.Lease}) must be at least twice Resilience:{provider}:TotalTimeout ({total}), " +
                           "so that half a lease outlasts one send.");
        }

        foreach (var (lane, l) in o.Lanes)
        {
            if (!DispatchOptions.LaneNames.Contains(lane))
                errors.Add($"Dispatch:Lanes:{lane} is not a lane; use one of {string.Join(", ", DispatchOptions.LaneNames)}.");
            if (l.Workers is < 1 or > 256) errors.Add($"Dispatch:Lanes:{lane}:Workers must be 1–256.");
            if (l.BatchSize is < 1 or > 1000) errors.Add($"Dispatch:Lanes:{lane}:BatchSize must be 1–1000.");
        }

        foreach (var (key, field) in o.TemplateFields)
        {
            if (!Fields.Contains(field))
                errors.Add($"Dispatch:TemplateFields:{key} is '{field}'; use one of {string.Join(", ", Fields)}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
