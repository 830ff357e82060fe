namespace Alerts.Store.Inbound;

/// <summary>
/// What recording an inbound id inside a turn's transaction found: a new id (run the turn), or the answer an earlier
/// delivery committed (give it back; <paramref name="ReplyVia"/> says whether it went in the HTTP answer).
/// </summary>
public sealed record InboundClaim(bool IsNew, IReadOnlyList<string> Reply, string? ReplyVia)
{
    public static InboundClaim New { get; } = new(true, [], null);
}
