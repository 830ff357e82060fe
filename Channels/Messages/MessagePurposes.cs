namespace Alerts.Channels.Messages;

/// <summary>The stored names of <see cref="MessagePurpose"/>: reply, notice, code, warning.</summary>
public static class MessagePurposes
{
    public static string Key(this MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.Notice => "notice",
        MessagePurpose.Code => "code",
        MessagePurpose.Warning => "warning",
        _ => "reply",
    };

    /// <summary>The purpose a stored key names; anything unknown is a reply, the plainest text there is.</summary>
    public static MessagePurpose FromKey(string? key) => key switch
    {
        "notice" => MessagePurpose.Notice,
        "code" => MessagePurpose.Code,
        "warning" => MessagePurpose.Warning,
        _ => MessagePurpose.Reply,
    };
}
