namespace Alerts.Channels.Twilio;

/// <summary>The outcome of opening one webhook: a value only when <see cref="Verdict"/> is Ok.</summary>
/// <param name="Reason">Why it was refused, for logs; never contains the auth token or a full phone number.</param>
internal sealed record TwilioWebhookResult<T>(WebhookVerdict Verdict, T? Value, string? Reason = null)
    where T : class
{
    public static TwilioWebhookResult<T> Ok(T value) => new(WebhookVerdict.Ok, value);

    public static TwilioWebhookResult<T> Forbidden(string reason) => new(WebhookVerdict.Forbidden, null, reason);

    public static TwilioWebhookResult<T> Malformed(string reason) => new(WebhookVerdict.Malformed, null, reason);
}
