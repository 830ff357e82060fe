namespace Alerts.Channels.Messages;

/// <summary>What arrived: something the person said, or something that happened (a follow, a menu tap, a receipt).</summary>
public enum InboundKind
{
    Text,
    Voice,
    Location,
    Image,
    Link,
    Event,
    Other,
}
