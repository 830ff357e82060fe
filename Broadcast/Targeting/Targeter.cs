using System.Diagnostics;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Targeting;

/// <summary>
/// Resolves a published warning's recipients into the outbox: people under its areas (division-code prefixes) in
/// its audiences, priority groups marked first; a warning for listed households (warning_households) reaches exactly
/// their people instead. A selection that fits in one batch is written through the region
/// index in one transaction; a larger one in windows of people.id, each its own transaction that also records how
/// far it got (warnings.targeting_after), so a crash resumes where it stopped. Also the entry point for the bench.
/// </summary>
public sealed class Targeter(WarningStore warnings, TargetingStore store, IOptions<BroadcastOptions> options)
{
    public async Task<TargetingResult> RunAsync(long warningId, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var warning = await warnings.GetAsync(warningId, ct);
        if (warning is null || warning.TargetingState != "pending") return new TargetingResult(warningId, 0, 0, started.Elapsed);

        var due = warning.PublishedUtc ?? warning.UpdatedUtc;
        if (await store.HasHouseholdsAsync(warningId, ct))
            return new TargetingResult(warningId, await store.InsertHouseholdsAsync(warningId, Audiences.RolesOf(warning.AudienceList), due, ct),
                1, started.Elapsed);
        var areas = AreaSet.Disjoint(warning.Areas)
            .Select(DivisionCode.Range).Select(r => new TargetingStore.Area(r.From, r.To)).ToList();
        var roles = Audiences.RolesOf(warning.AudienceList);
        var batch = options.Value.TargetingBatchSize;

        if (warning.TargetingAfter == 0 && await store.CountAsync(areas, roles, ct) <= batch)
            return new TargetingResult(warningId, await store.InsertAllAsync(warningId, areas, roles, due, ct), 1, started.Elapsed);

        long rows = 0;
        var batches = 0;
        var after = warning.TargetingAfter;
        var max = await store.MaxPersonIdAsync(ct);
        while (true)
        {
            var upto = Math.Min(after + batch, max);
            var last = upto >= max;
            rows += await store.InsertWindowAsync(warningId, areas, roles, due, after, upto, last, ct);
            batches++;
            if (last) break;
            after = upto;
        }
        return new TargetingResult(warningId, rows, batches, started.Elapsed);
    }
}
