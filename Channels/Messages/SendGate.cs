using Alerts.Channels.Resilience;

namespace Alerts.Channels.Messages;

/// <summary>
/// The one way a message leaves, whatever asked for it — a reply, a notice, a warning: an opted-out number is never
/// texted; on a live channel the caller waits for a permit in its lane (replies before broadcasts, one rate per
/// provider); the channel's one <see cref="IMessageSender"/> sends; an opt-out the provider reports is remembered.
/// Keeping the record of the message (the outbound log, the delivery outbox) is the caller's.
/// </summary>
internal sealed class SendGate(ChannelSenders senders, SendRateLimiter limiter, ISmsOptOuts optOuts)
{
    /// <summary>True when the channel's provider is configured, so messages really leave.</summary>
    public bool IsLive(ChannelKind channel) => senders.IsLive(channel);

    /// <summary>No provider at all: every channel is the simulator.</summary>
    public bool IsSimulated => senders.IsSimulated;

    public async Task<SendResult> SendAsync(OutboundMessage message, SendPriority lane, CancellationToken ct) =>
        (await SendAsync(message, lane, static _ => Task.FromResult(true), ct))!;

    /// <summary>
    /// As <see cref="SendAsync(OutboundMessage, SendPriority, CancellationToken)"/>, calling <paramref name="beginning"/>
    /// once the permit is held and just before the provider is called (a dispatch worker renews its lease there).
    /// Null when <paramref name="beginning"/> said no: nothing was sent. From then on the send is not cancelled: the
    /// resilience handler's total timeout bounds it, so shutting down never leaves a send half done.
    /// </summary>
    public async Task<SendResult?> SendAsync(OutboundMessage message, SendPriority lane,
        Func<CancellationToken, Task<bool>> beginning, CancellationToken ct)
    {
        var sms = message.Channel == ChannelKind.Sms;
        if (sms && await optOuts.IsOptedOutAsync(message.Address, ct)) return SendResult.OptedOut;

        using var permit = IsLive(message.Channel) ? await limiter.AcquireAsync(senders.ProviderName(message.Channel), lane, ct) : null;
        if (permit is { IsAcquired: false }) return SendResult.RateLimited;
        if (!await beginning(ct)) return null;

        var result = await senders.For(message.Channel).SendAsync(message, CancellationToken.None);
        if (sms && result.RecipientOptedOut) await optOuts.RecordProviderOptOutAsync(message.Address, CancellationToken.None);
        return result;
    }

    /// <summary>The sends a message takes on its channel (<see cref="IMessageSender.Split"/>).</summary>
    public IReadOnlyList<OutboundMessage> Split(OutboundMessage message) => senders.For(message.Channel).Split(message);

    /// <summary>Asks the channel whether a message in doubt went (see <see cref="IMessageSender.ReconcileAsync"/>).</summary>
    public Task<Reconciliation> ReconcileAsync(OutboundMessage message, DoubtfulSend send, CancellationToken ct) =>
        senders.For(message.Channel).ReconcileAsync(message, send, ct);
}
