namespace Alerts.Channels.Tests.Support;

/// <summary>A TimeProvider standing still at a given instant (Microsoft.Extensions.TimeProvider.Testing is not in
/// our registry).</summary>
internal sealed class TwilioTestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
