namespace Alerts.Broadcast.Recipients;

/// <summary>A warning's live progress: the totals, and the same figures per village and per channel.</summary>
public sealed record WarningProgress(DeliveryFigures Total, IReadOnlyList<DeliveryFigures> Villages, IReadOnlyList<DeliveryFigures> Channels);
