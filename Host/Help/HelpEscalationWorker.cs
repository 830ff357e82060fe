using Alerts.Host.Outbound;
using Alerts.Identity.Help;
using Alerts.Store.Workers;

namespace Alerts.Host.Help;

/// <summary>Tells the next person on duty about every help request still open when its time is up (HelpDesk).</summary>
internal sealed class HelpEscalationWorker(HelpDesk desk, TimeProvider time, ILogger<HelpEscalationWorker> logger)
    : PollingWorker(time, logger)
{
    protected override TimeSpan Poll => TimeSpan.FromSeconds(1);

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct) => await desk.EscalateDueAsync(ct) >= 20;
}
