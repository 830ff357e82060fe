namespace Alerts.Channels.Messages;

/// <summary>
/// Why a message is sent. A provider that sends only approved templates (Tencent Cloud SMS) picks its template by
/// this; the others send the text as it is. Stored in the outbound log's purpose column by <see cref="MessagePurposes.Key"/>.
/// </summary>
public enum MessagePurpose
{
    /// <summary>The bot's answer to the person who wrote.</summary>
    Reply,
    /// <summary>A message for someone other than the sender (a grid worker told of a report, a duty roster).</summary>
    Notice,
    /// <summary>A one-time code that proves a phone number is the person's.</summary>
    Code,
    /// <summary>A warning of the delivery outbox.</summary>
    Warning,
}
