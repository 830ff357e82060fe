namespace Alerts.Store.Inbound;

/// <summary>What recording an inbound id found.</summary>
public enum InboundClaimState
{
    /// <summary>First time this id is seen (or a crashed attempt's lease ran out): process it.</summary>
    New,
    /// <summary>Another delivery of this id is being processed right now: do not process it again.</summary>
    InProgress,
    /// <summary>Already answered: give back the same reply.</summary>
    Answered,
}

public sealed record InboundClaim(InboundClaimState State, IReadOnlyList<string> Reply, string? ReplyVia);
