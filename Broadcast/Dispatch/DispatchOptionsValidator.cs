using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Dispatch;

/// <summary>Cross-field rules the attributes cannot express.</summary>
internal sealed class DispatchOptionsValidator : IValidateOptions<DispatchOptions>
{
    private static readonly HashSet<string> Fields =
        ["headline", "event", "level", "effective", "instruction", "acknowledge"];

    public ValidateOptionsResult Validate(string? name, DispatchOptions o)
    {
        var errors = new List<string>();
        if (o.RetryMaxDelay < o.RetryBaseDelay)
            errors.Add("Dispatch:RetryMaxDelay must be at least Dispatch:RetryBaseDelay.");
        foreach (var (key, field) in o.TemplateFields)
        {
            if (!Fields.Contains(field))
                errors.Add($"Dispatch:TemplateFields:{key} is '{field}'; use one of {string.Join(", ", Fields)}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
