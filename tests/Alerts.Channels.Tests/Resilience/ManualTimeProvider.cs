namespace Alerts.Channels.Tests.Resilience;

/// <summary>
/// A clock that stands still until told to move (Microsoft.Extensions.TimeProvider.Testing is not in our registry).
/// Only "now" is faked; nothing here needs timers.
/// </summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
