namespace Alerts.Broadcast.Outbox;

/// <summary>
/// An outbox row a worker has leased. <see cref="LeaseUntilUtc"/> is also the fencing token: every later write on the
/// row requires it unchanged, so a worker whose lease ran out and whose row was taken over writes nothing.
/// </summary>
internal sealed record ClaimedDelivery
{
    public long Id { get; init; }
    public long WarningId { get; init; }
    public long PersonId { get; init; }
    public int Priority { get; init; }
    /// <summary>Claims so far, this one included.</summary>
    public int Attempts { get; init; }
    /// <summary>The channel of the last attempt begun (wechat, sms), or null before the first.</summary>
    public string? Channel { get; init; }
    /// <summary>An earlier attempt on <see cref="Channel"/> may have reached the provider: reconcile before resending.</summary>
    public bool InDoubt { get; init; }
    public DateTimeOffset FirstAttemptUtc { get; init; }
    /// <summary>When the send now in doubt began (null: not recorded, e.g. a crash mid-send; the first attempt then).</summary>
    public DateTimeOffset? DoubtSinceUtc { get; init; }
    public DateTimeOffset LeaseUntilUtc { get; init; }
}
