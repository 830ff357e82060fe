namespace Alerts.Broadcast.Cap;

/// <summary>The parts of a CAP 1.2 &lt;alert&gt; we read, with the one &lt;info&gt; block we use.</summary>
public sealed record CapAlert
{
    public required string Identifier { get; init; }
    public required string Sender { get; init; }
    /// <summary>As written (references quote it verbatim).</summary>
    public required string Sent { get; init; }
    public required string Status { get; init; }
    public required string MsgType { get; init; }
    public required string Scope { get; init; }
    /// <summary>Space-separated <c>sender,identifier,sent</c> triples.</summary>
    public string? References { get; init; }
    public required CapInfo Info { get; init; }
}
