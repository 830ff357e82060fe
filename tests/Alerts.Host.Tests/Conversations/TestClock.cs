namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// The real clock plus an offset a test can move forward: time passes normally (timers, tokens, leases all work)
/// and <see cref="Advance"/> jumps ahead, so "half an hour later" takes no time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() =>
        base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
