namespace Alerts.Broadcast.Recipients;

/// <summary>
/// How far a warning got with one group of its recipients (a village, a channel, or all): targeted, sent, delivered,
/// acknowledged, asked for help, failed (or unreachable), in doubt (outcome unknown), and still waiting to go out.
/// </summary>
public sealed record DeliveryFigures
{
    /// <summary>The village code or channel; "total" for all.</summary>
    public required string Key { get; init; }
    /// <summary>The village's name, for a village.</summary>
    public string? Name { get; init; }
    public long Targeted { get; init; }
    public long Sent { get; init; }
    public long Delivered { get; init; }
    public long Acknowledged { get; init; }
    public long HelpRequested { get; init; }
    public long Failed { get; init; }
    public long InDoubt { get; init; }
    public long Waiting { get; init; }
}
