namespace Alerts.Channels.Twilio;

/// <summary>
/// The answer to "did Twilio create this message?". <see cref="Answered"/> false means Twilio could not be asked
/// (network, 5xx): the caller must not treat that as "not sent" and resend, or the person may get it twice.
/// </summary>
internal sealed record TwilioLookup(bool Answered, string? Sid)
{
    public static TwilioLookup NoAnswer { get; } = new(false, null);

    public static TwilioLookup NotFound { get; } = new(true, null);

    public bool Found => Sid is not null;
}
