namespace Alerts.Channels.Twilio;

/// <summary>What the Host answers: Ok → 200 (TwiML), Forbidden → 403, Malformed → 400.</summary>
internal enum WebhookVerdict
{
    Ok,
    Forbidden,
    Malformed,
}
