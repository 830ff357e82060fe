namespace Alerts.Channels.Resilience;

/// <summary>Which lane a send waits in for a rate-limit permit (<see cref="SendRateLimiter"/>).</summary>
public enum SendPriority
{
    /// <summary>A reply to someone talking to the bot, or a one-off notice: served before any waiting broadcast.</summary>
    Reply,
    /// <summary>Bulk dispatch of a warning: takes the permits replies leave.</summary>
    Broadcast,
}
