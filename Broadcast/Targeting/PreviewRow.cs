namespace Alerts.Broadcast.Targeting;

/// <summary>How many people of one audience in one place would be reached on one channel (wechat, sms or none).</summary>
public sealed record PreviewRow
{
    public required string VillageCode { get; init; }
    public string? VillageName { get; init; }
    public required string Role { get; init; }
    public required string Channel { get; init; }
    public long People { get; init; }
}
