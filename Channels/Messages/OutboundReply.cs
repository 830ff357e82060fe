namespace Alerts.Channels.Messages;

/// <summary>What the handler wants said back to the sender of an inbound message, in order.</summary>
public sealed record OutboundReply(IReadOnlyList<string> Texts)
{
    public static OutboundReply None { get; } = new([]);

    public static OutboundReply Of(params string[] texts) => new(texts);

    public bool IsEmpty => Texts.Count == 0;

    /// <summary>
    /// The handler already stored this answer against the inbound message id, in the transaction of its own records,
    /// so the channel need not write it again.
    /// </summary>
    public bool Recorded { get; init; }
}
