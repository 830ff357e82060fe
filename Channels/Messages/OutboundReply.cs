namespace Alerts.Channels.Messages;

/// <summary>What the handler wants said back to the sender of an inbound message, in order.</summary>
public sealed record OutboundReply(IReadOnlyList<string> Texts)
{
    public static OutboundReply None { get; } = new([]);

    public static OutboundReply Of(params string[] texts) => new(texts);

    public bool IsEmpty => Texts.Count == 0;
}
