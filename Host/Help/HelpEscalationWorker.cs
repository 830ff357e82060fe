using Alerts.Host.Outbound;
using Alerts.Identity.Help;

namespace Alerts.Host.Help;

/// <summary>Tells the next person on duty about every help request still open when its time is up (HelpDesk).</summary>
internal sealed class HelpEscalationWorker(HelpDesk desk, TimeProvider time, ILogger<HelpEscalationWorker> logger)
    : PollingWorker(TimeSpan.FromSeconds(1), time, logger)
{
    protected override async Task<bool> RunOnceAsync(CancellationToken ct) => await desk.EscalateDueAsync(ct) >= 20;
}
