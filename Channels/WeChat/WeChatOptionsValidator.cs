using Microsoft.Extensions.Options;

namespace Alerts.Channels.WeChat;

/// <summary>Cross-field and format rules that data annotations cannot express.</summary>
internal sealed class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        var failures = new List<string>();
        if (options.EncodingAESKey is { } key && key.Length > 0 && !IsValidAesKey(key))
        {
            // Never echo the key itself: it is a secret.
            failures.Add("WeChat:EncodingAESKey must be exactly 43 characters [A-Za-z0-9].");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var baseUrl) ||
            (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("WeChat:ApiBaseUrl must be an absolute http(s) URL.");
        }
        else if (!options.ApiBaseUrl.EndsWith('/'))
        {
            // Relative request paths ("cgi-bin/…") would replace the last segment otherwise.
            failures.Add("WeChat:ApiBaseUrl must end with '/'.");
        }

        if (options.MaxClockSkew <= TimeSpan.Zero)
        {
            failures.Add("WeChat:MaxClockSkew must be positive.");
        }

        if (options.PassiveReplyBudget <= TimeSpan.Zero || options.PassiveReplyBudget >= TimeSpan.FromSeconds(5))
        {
            failures.Add("WeChat:PassiveReplyBudget must be between 0 and 5 seconds (WeChat gives up at 5 s).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsValidAesKey(string key) => key.Length == 43 && key.All(char.IsAsciiLetterOrDigit);
}
