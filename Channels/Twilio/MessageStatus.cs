namespace Alerts.Channels.Twilio;

/// <summary>
/// Orders Twilio message statuses so stored state only moves forward:
/// accepted/scheduled &lt; queued &lt; sending &lt; sent &lt; {delivered, undelivered, failed, canceled} &lt; read.
/// </summary>
internal static class MessageStatus
{
    private const int Unknown = -1;
    private const int TerminalRank = 4;

    /// <summary>The rank of a status, or -1 for statuses outside the outbound SMS life cycle.</summary>
    public static int Rank(string? status) => status?.ToLowerInvariant() switch
    {
        "accepted" or "scheduled" => 0,
        "queued" => 1,
        "sending" => 2,
        "sent" => 3,
        "delivered" or "undelivered" or "failed" or "canceled" => TerminalRank,
        "read" => 5,
        _ => Unknown,
    };

    public static bool IsTerminal(string? status) => Rank(status) >= TerminalRank;

    /// <summary>
    /// Whether an incoming callback may replace the stored status. Backward moves, repeats, a second terminal state
    /// and unknown statuses are ignored; "read" only follows a delivered message.
    /// </summary>
    public static bool ShouldApply(string? current, string incoming)
    {
        var next = Rank(incoming);
        if (next == Unknown)
        {
            return false;
        }

        var now = Rank(current);
        if (now == Unknown)
        {
            return true;
        }

        if (next == 5)
        {
            return now < TerminalRank || string.Equals(current, "delivered", StringComparison.OrdinalIgnoreCase);
        }

        return next > now;
    }
}
