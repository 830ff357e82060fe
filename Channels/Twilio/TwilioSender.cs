using Alerts.Channels.Messages;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Twilio;

/// <summary>
/// Sends SMS through Twilio. Opt-out state is the caller's to check; if Twilio still has the person opted out the
/// result is Unreachable with <see cref="SendResult.RecipientOptedOut"/>, so the caller can record it. Twilio has no
/// idempotency key, so a send in doubt is reconciled by looking the message up. Transient, like the typed client.
/// </summary>
internal sealed class TwilioSender(TwilioApiClient client, IOptions<TwilioOptions> options) : IMessageSender
{
    public ChannelKind Channel => ChannelKind.Sms;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        if (message.Channel != ChannelKind.Sms)
        {
            throw new ArgumentException($"TwilioSender sends SMS, not {message.Channel}.", nameof(message));
        }

        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return Task.FromResult(new SendResult(SendOutcome.Failed, Code: "not-configured",
                Detail: "Twilio AccountSid, AuthToken and From or MessagingServiceSid are required."));
        }

        // Twilio would answer 21211; saying so locally saves a request and keeps a typo'd number out of its logs.
        if (!E164.IsValid(message.Address))
        {
            return Task.FromResult(new SendResult(SendOutcome.Unreachable, Code: "21211",
                Detail: "Address is not an E.164 phone number."));
        }

        // Twilio has no idempotency key for Messages (twilio.md §10), so IdempotencyKey cannot travel; the outbox
        // reconciles Unknown outcomes with TwilioApiClient.FindSentAsync instead.
        return client.SendAsync(message.Address, message.Text, settings.EffectiveStatusCallbackUrl, ct);
    }

    /// <summary>Looks the message up (twilio.md §10): found means sent; no answer means ask again later.</summary>
    public async Task<Reconciliation> ReconcileAsync(OutboundMessage message, DoubtfulSend send,
        CancellationToken ct)
    {
        if (!options.Value.IsConfigured || !E164.IsValid(message.Address)) return Reconciliation.SendAgain;
        var lookup = await client.FindSentAsync(message.Address, send.FirstAttemptUtc, message.Text, ct);
        return lookup.Found ? new Reconciliation(ReconcileVerdict.Sent, lookup.Sid)
            : lookup.Answered ? Reconciliation.SendAgain
            : Reconciliation.AskLater;
    }
}
