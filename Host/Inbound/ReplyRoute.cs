namespace Alerts.Host.Inbound;

/// <summary>
/// Whether a turn's reply goes back in the HTTP answer or through the send API, decided once by whichever comes
/// first: the turn about to commit (passive) or the channel's budget running out (deferred). The loser follows the
/// winner, so the reply is recorded and said exactly one way.
/// </summary>
internal sealed class ReplyRoute
{
    private const int Open = 0, Passive = 1, Deferred = 2;
    private int _state;

    /// <summary>The turn, just before it commits: true when its reply goes in the HTTP answer, false when the budget
    /// already ran out and the reply must be recorded for sending.</summary>
    public bool TryPassive() => Interlocked.CompareExchange(ref _state, Passive, Open) != Deferred;

    /// <summary>The channel, when its budget runs out: true when the reply will be sent later, false when the turn
    /// already took the passive route (it is committing: wait for it).</summary>
    public bool TryDefer() => Interlocked.CompareExchange(ref _state, Deferred, Open) != Passive;
}
