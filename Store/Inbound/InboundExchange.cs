namespace Alerts.Store.Inbound;

/// <summary>One inbound message and the replies recorded for it (empty while it is still being answered).</summary>
public sealed record InboundExchange(
    string ProviderMessageId, string Kind, string? Text, DateTimeOffset ReceivedUtc, IReadOnlyList<string> Reply);
