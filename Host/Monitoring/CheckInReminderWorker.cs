using Alerts.Monitoring.CheckIns;
using Alerts.Store.Workers;

namespace Alerts.Host.Monitoring;

/// <summary>Reminds helpers of monitored households whose weekly visit has fallen due (CheckInReminders).</summary>
internal sealed class CheckInReminderWorker(CheckInReminders reminders, TimeProvider time, ILogger<CheckInReminderWorker> logger)
    : PollingWorker(time, logger)
{
    // A weekly duty: a minute late is no matter, and an idle database is not polled every second.
    protected override TimeSpan Poll => TimeSpan.FromMinutes(1);

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct) =>
        await reminders.RemindDueAsync(ct) >= CheckInReminders.Batch;
}
