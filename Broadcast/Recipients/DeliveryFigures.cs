namespace Alerts.Broadcast.Recipients;

/// <summary>
/// How far a warning got with one group of its recipients (a village, a channel, or all): targeted, sent, delivered,
/// acknowledged, asked for help, failed (or unreachable), in doubt (outcome unknown), still waiting to go out, and
/// resent as possible duplicates.
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
    /// <summary>Resent after a send in doubt with no receipt in time (Tencent SMS): the person may have two copies.</summary>
    public long PossibleDuplicates { get; init; }
}
