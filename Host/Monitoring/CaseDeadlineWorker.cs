using Alerts.Monitoring.Cases;
using Alerts.Store.Workers;

namespace Alerts.Host.Monitoring;

/// <summary>Runs the 15-day clock: day-10 and deadline reminders to the town, escalation to the county (CaseReminders).</summary>
internal sealed class CaseDeadlineWorker(CaseReminders reminders, TimeProvider time, ILogger<CaseDeadlineWorker> logger)
    : PollingWorker(time, logger)
{
    private const int Batch = 50;

    // Reminders are counted in days; a minute late is on time.
    protected override TimeSpan Poll => TimeSpan.FromMinutes(1);

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct) => await reminders.RunDueAsync(Batch, ct) >= Batch;
}
