using Alerts.Channels.Messages;

namespace Alerts.Channels.Simulator;

/// <summary>
/// Stands in for a provider that has no credentials: the message is accepted and goes nowhere. The caller records
/// it in the outbound log, where the simulator's outbox page shows it.
/// </summary>
internal sealed class SimulatedSender : IMessageSender
{
    public ChannelKind Channel => ChannelKind.Simulator;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct) =>
        Task.FromResult(SendResult.Sent("sim-" + Guid.NewGuid().ToString("N")));

    /// <summary>Nothing ever leaves, so nothing can arrive twice.</summary>
    public Task<Reconciliation> ReconcileAsync(OutboundMessage message, DoubtfulSend send, CancellationToken ct) =>
        Task.FromResult(Reconciliation.SendAgain);
}
