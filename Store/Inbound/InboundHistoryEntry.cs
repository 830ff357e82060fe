namespace Alerts.Store.Inbound;

/// <summary>One message a person sent, as received: channel (wechat, sms), kind (text, image, location, …) and text.</summary>
public sealed record InboundHistoryEntry
{
    public required string Channel { get; init; }
    public required string Kind { get; init; }
    public string? Text { get; init; }
    public DateTimeOffset ReceivedUtc { get; init; }
}
