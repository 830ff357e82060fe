using Alerts.Incidents.Upward;
using Alerts.Store.Workers;

namespace Alerts.Host.Incidents;

/// <summary>Runs the hour's clock of the report up (art. 35): reminders and escalation until the municipality acknowledges.</summary>
internal sealed class UpwardReminderWorker(UpwardClock clock, TimeProvider time, ILogger<UpwardReminderWorker> logger)
    : PollingWorker(time, logger)
{
    private const int Batch = 50;

    // Reminders come every 20 minutes against a one-hour deadline: a poll of 30 s keeps each within a minute of its time.
    protected override TimeSpan Poll => TimeSpan.FromSeconds(30);

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct) => await clock.RunDueAsync(Batch, ct) >= Batch;
}
