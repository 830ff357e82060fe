using Alerts.Channels.Messages;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Twilio;

/// <summary>Cross-field and format rules DataAnnotations cannot express. Empty values pass: SMS is optional.</summary>
internal sealed class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.From) && !E164.IsValid(options.From))
        {
            failures.Add("Twilio:From must be an E.164 number such as +8613812345678.");
        }

        if (!string.IsNullOrWhiteSpace(options.MessagingServiceSid)
            && !options.MessagingServiceSid.StartsWith("MG", StringComparison.Ordinal))
        {
            failures.Add("Twilio:MessagingServiceSid must start with MG.");
        }

        if (!string.IsNullOrWhiteSpace(options.AccountSid)
            && !options.AccountSid.StartsWith("AC", StringComparison.Ordinal))
        {
            failures.Add("Twilio:AccountSid must start with AC.");
        }

        CheckAbsolute(failures, "ApiBaseUrl", options.ApiBaseUrl);
        CheckAbsolute(failures, "WebhookBaseUrl", options.WebhookBaseUrl);
        CheckAbsolute(failures, "StatusCallbackUrl", options.StatusCallbackUrl);

        // Twilio rejects StatusCallback hosts with underscores and URLs over 4,000 chars (21609).
        var callback = options.EffectiveStatusCallbackUrl;
        if (callback is not null && Uri.TryCreate(callback, UriKind.Absolute, out var uri)
            && (uri.Host.Contains('_') || callback.Length > 4000))
        {
            failures.Add("Twilio status callback URL must have no underscore in the host and be ≤4,000 chars.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAbsolute(List<string> failures, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)
            && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            failures.Add($"Twilio:{key} must be an absolute http(s) URL.");
        }
    }
}
