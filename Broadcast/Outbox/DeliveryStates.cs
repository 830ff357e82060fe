namespace Alerts.Broadcast.Outbox;

/// <summary>The states of an outbox row (deliveries.state).</summary>
internal static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Unreachable = "unreachable";
    public const string Unknown = "unknown";
}
