namespace Alerts.Channels.Messages;

/// <summary>How a send ended, from the sender's point of view.</summary>
public enum SendOutcome
{
    /// <summary>The provider accepted the message.</summary>
    Sent,
    /// <summary>Not sent, but trying again later may work (busy, rate limited, network before the request left).</summary>
    Retryable,
    /// <summary>This person cannot be reached on this channel (unfollowed, outside the window, bad address, opted out):
    /// try another channel.</summary>
    Unreachable,
    /// <summary>The provider may or may not have accepted it (timeout, 5xx after sending): reconcile before resending.</summary>
    Unknown,
    /// <summary>Not sent and trying again will not help (bad request, bad credentials).</summary>
    Failed,
}
