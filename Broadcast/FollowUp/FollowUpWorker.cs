using Alerts.Broadcast.Warnings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.FollowUp;

/// <summary>Polls for warnings whose acknowledgement time ran out and sends their follow-up lists (叫应).</summary>
internal sealed class FollowUpWorker(FollowUpStore store, IOptions<FollowUpOptions> options, TimeProvider time,
    ILogger<FollowUpWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                foreach (var w in await store.DueAsync(o.Levels, now - o.AckTimeout, stoppingToken))
                {
                    var name = WarningLevels.TryParse(w.Level, out var level) ? level.ChineseName() : w.Level;
                    var listed = await store.FollowUpAsync(w, name, o.NamesPerMessage, now, stoppingToken);
                    if (listed >= 0) Log.FollowUpSent(logger, w.Id, listed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.FollowUpLoopFailed(logger, ex);
            }
            await Task.Delay(o.PollInterval, time, stoppingToken);
        }
    }
}
