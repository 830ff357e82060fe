namespace Alerts.Broadcast.Outbox;

/// <summary>Rows claimed together, in (priority, id) order, with their recipients and warnings.</summary>
internal sealed record ClaimedBatch(
    IReadOnlyList<ClaimedDelivery> Rows,
    IReadOnlyDictionary<long, DeliveryRecipient> Recipients,
    IReadOnlyDictionary<long, DeliveryWarning> Warnings)
{
    public static ClaimedBatch Empty { get; } = new([], new Dictionary<long, DeliveryRecipient>(),
        new Dictionary<long, DeliveryWarning>());
}
