namespace Alerts.Channels.Messages;

/// <summary>
/// When the message whose outcome we never learnt was tried: <paramref name="FirstAttemptUtc"/> bounds a provider's
/// search and its deduplication window (WeChat's 10 minutes run from the first send with that key);
/// <paramref name="LatestSendUtc"/> is when the send now in doubt began, from which a receipt is waited for.
/// </summary>
public sealed record DoubtfulSend(DateTimeOffset FirstAttemptUtc, DateTimeOffset LatestSendUtc)
{
    /// <summary>One send, or only the first known.</summary>
    public static DoubtfulSend Once(DateTimeOffset at) => new(at, at);
}
