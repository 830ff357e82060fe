using Alerts.Broadcast;
using Alerts.Broadcast.Warnings;
using Alerts.Identity.Accounts;
using Alerts.Incidents.HazardPoints;
using Alerts.Store.Database;
using Alerts.Store.Reports;

namespace Alerts.Host.Incidents;

/// <summary>
/// A 临灾预报 for a hazard point (art. 23): a Broadcast warning of kind forecast, hazard geological, for exactly the
/// point's threatened households (Broadcast's household list; Broadcast cannot read the register, so the Host passes
/// it). Broadcast's PublishingRules decide who may issue it (a county's natural resources office) and that a second
/// official approves it; forecasts get no green channel here. Once drafted it is linked to the point's open incident.
/// </summary>
internal sealed class PointForecasts(StoreDb db, HazardPointReader reader, HazardPointStore points, WarningLifecycle lifecycle,
    PointWarningLinks links, TimeProvider time)
{
    public async Task<Outcome<Warning>> IssueAsync(Account caller, long pointId, PointForecastRequest request, CancellationToken ct)
    {
        if (await reader.GetWithinAsync(pointId, caller.RegionCode, ct) is not { } details)
            return Refusal.NotFound($"隐患点 {pointId} 不存在", $"Hazard point {pointId} does not exist");
        var point = details.Point;
        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > 500)
            return Refusal.Invalid(new Dictionary<string, string[]>
            {
                ["description"] = ["请写明预计的危险范围和影响（不超过 500 字） / Say what is expected and whom it threatens (at most 500 characters)"],
            });
        IReadOnlyList<long> households;
        await using (var c = await db.OpenAsync(ct))
            households = await points.HouseholdIdsAsync(c, null, pointId, ct);
        var warning = new WarningRequest
        {
            Hazard = ReportHazards.Geological, Event = point.KindChinese, Level = request.Level ?? "red", Kind = WarningKinds.Forecast,
            Headline = $"{point.Name}{point.KindChinese}临灾预报",
            Description = request.Description.Trim(),
            Instruction = string.IsNullOrWhiteSpace(request.Instruction) ? DefaultInstruction(point) : request.Instruction.Trim(),
            Areas = [point.VillageCode], Audiences = [Audiences.Households],
            Effective = request.Effective, Expires = request.Expires, Submit = true,
        };
        var created = await lifecycle.CreateForHouseholdsAsync(caller, warning, households, ct);
        if (created.Succeeded) await links.LinkAsync(point, created.Value.Id, caller.Actor, time.GetUtcNow(), ct);
        return created;
    }

    // Named shelter first: villagers go where they were told to in drills ("到村小学安置点").
    private static string DefaultInstruction(HazardPoint point) => point.ShelterName is { } shelter
        ? $"请马上离开{point.Name}附近，到{shelter}安置点，听从村干部和监测员安排，险情解除前不要回家。"
        : "请马上离开隐患点附近，到安全的地方，听从村干部和监测员安排，险情解除前不要回家。";
}
