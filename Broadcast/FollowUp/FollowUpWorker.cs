using Alerts.Broadcast.Warnings;
using Alerts.Store.Workers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.FollowUp;

/// <summary>Polls for warnings whose acknowledgement time ran out and sends their follow-up lists (叫应).</summary>
internal sealed class FollowUpWorker(FollowUpStore store, IOptions<FollowUpOptions> options, TimeProvider time,
    ILogger<FollowUpWorker> logger) : PollingWorker(time, logger)
{
    protected override TimeSpan Poll => options.Value.PollInterval;

    protected override async Task<bool> RunOnceAsync(int loop, CancellationToken ct)
    {
        var o = options.Value;
        var now = Time.GetUtcNow();
        foreach (var w in await store.DueAsync(o.Levels, now - o.AckTimeout, ct))
        {
            var name = WarningLevels.TryParse(w.Level, out var level) ? level.ChineseName() : w.Level;
            var listed = await store.FollowUpAsync(w, name, o.NamesPerMessage, now, ct);
            if (listed >= 0) Log.FollowUpSent(logger, w.Id, listed);
        }

        return false;
    }
}
