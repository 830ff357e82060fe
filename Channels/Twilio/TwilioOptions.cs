using System.ComponentModel.DataAnnotations;

namespace Alerts.Channels.Twilio;

/// <summary>
/// Twilio account settings. Secrets (AuthToken) come from the environment or user-secrets, never appsettings.
/// With nothing set the Host runs without SMS; <see cref="IsConfigured"/> says whether sending is possible.
/// </summary>
internal sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>Sender number in E.164. Either this or <see cref="MessagingServiceSid"/> is required.</summary>
    public string? From { get; set; }

    /// <summary>MG… Messaging Service; with only the service Twilio picks a sender from its pool.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>Tests point this at FakeTwilioServer on loopback.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com/";

    /// <summary>The public base URL Twilio calls us on. Signatures cover the URL Twilio requested, which a
    /// TLS-terminating proxy hides from us, so the Host rebuilds webhook URLs from this (twilio.md §4 pitfalls).</summary>
    public string? WebhookBaseUrl { get; set; }

    /// <summary>Defaults to <see cref="WebhookBaseUrl"/> + /sms/twilio/status.</summary>
    public string? StatusCallbackUrl { get; set; }

    /// <summary>Largest webhook body the Host accepts; inbound SMS are ≤1,600 chars, so 64 KiB is generous.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 65536;

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(AccountSid)
        && !string.IsNullOrWhiteSpace(AuthToken)
        && (!string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(MessagingServiceSid));

    /// <summary>The StatusCallback sent with each message, or null when we have no public URL.</summary>
    public string? EffectiveStatusCallbackUrl =>
        !string.IsNullOrWhiteSpace(StatusCallbackUrl) ? StatusCallbackUrl
        : !string.IsNullOrWhiteSpace(WebhookBaseUrl) ? WebhookBaseUrl.TrimEnd('/') + "/sms/twilio/status"
        : null;
}
