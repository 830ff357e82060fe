using System.Data.Common;
using System.Text.Json;
using Alerts.Incidents.Core;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// Imports the hazard point register (CSV, UTF-8 or GB18030): every row is checked first on its own, then its village
/// (inside the importer's jurisdiction), threatened households (户编号 of that village's register), monitor and shelter
/// against the database; with any error nothing is written. Otherwise one transaction upserts each point on its 统一编号
/// and replaces its households, auditing each point it changed; a second import of the same file changes nothing.
/// </summary>
public sealed class HazardPointImporter(StoreDb db, HazardPointStore points, HazardPointLookups lookups, MonitorPhoneParser phones,
    AuditStore audit)
{
    /// <summary>Largest file accepted, in bytes: a county's few thousand points fit well inside.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private sealed record Resolved(HazardPoint Point, IReadOnlyList<long> Households);

    public async Task<Outcome> ImportAsync(byte[] file, IncidentCaller caller, DateTimeOffset now, CancellationToken ct)
    {
        if (HazardPointRights.MayImport(caller) is { } refused) return new Outcome(null, refused);
        var (rows, errors) = HazardPointCsv.Parse(Alerts.Store.Csv.CsvRows.Decode(file));
        if (errors.Count > 0) return new Outcome(HazardPointImportResult.Failed(errors), null);

        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        var resolved = new List<Resolved>();
        foreach (var row in rows)
            if (await ResolveAsync(c, tx, row, caller.RegionCode, errors, ct) is { } r) resolved.Add(r);
        if (errors.Count > 0) return new Outcome(HazardPointImportResult.Failed(errors), null);

        var (created, updated) = (0, 0);
        foreach (var r in resolved)
        {
            var existing = await points.FindByCodeAsync(c, tx, r.Point.Code, ct);
            if (existing is null)
            {
                var id = await points.InsertAsync(c, tx, r.Point, now, ct);
                await points.ReplaceHouseholdsAsync(c, tx, id, r.Households, ct);
                await audit.AppendAsync(c, tx, caller.Actor, "hazard_point_created", $"hazard_point:{id}", Detail(r), ct);
                created++;
            }
            else if (!Same(existing, r.Point) || !(await points.HouseholdIdsAsync(c, tx, existing.Id, ct)).SequenceEqual(r.Households))
            {
                await points.UpdateAsync(c, tx, r.Point with { Id = existing.Id }, now, ct);
                await points.ReplaceHouseholdsAsync(c, tx, existing.Id, r.Households, ct);
                await audit.AppendAsync(c, tx, caller.Actor, "hazard_point_updated", $"hazard_point:{existing.Id}", Detail(r), ct);
                updated++;
            }
        }
        await work.CommitAsync(ct);
        return new Outcome(new HazardPointImportResult
        {
            Points = resolved.Count, Created = created, Updated = updated, Unchanged = resolved.Count - created - updated,
        }, null);
    }

    /// <summary>The import's result, or why the caller may not import at all.</summary>
    public sealed record Outcome(HazardPointImportResult? Result, IncidentRefusal? Refusal);

    private async Task<Resolved?> ResolveAsync(DbConnection c, DbTransaction tx, HazardPointRow row, string region,
        List<HazardPointError> errors, CancellationToken ct)
    {
        var before = errors.Count;
        void Error(string column, string message) => errors.Add(new(row.Row, column, message));
        // A village elsewhere is refused exactly as one that does not exist: nothing of another place shows.
        if (!DivisionCode.Contains(region, row.VillageCode) || !await lookups.IsVillageAsync(c, tx, row.VillageCode, ct))
        {
            Error(HazardPointCsv.Village, $"村代码 {row.VillageCode} 不存在或不在您的辖区");
            return null;
        }
        if (await points.FindByCodeAsync(c, tx, row.Code, ct) is { } other && !DivisionCode.Contains(region, other.VillageCode))
            Error(HazardPointCsv.Code, $"统一编号 {row.Code} 已被占用");
        var households = await lookups.HouseholdsAsync(c, tx, row.VillageCode, row.RegisterNos, ct);
        var missing = row.RegisterNos.Where(n => !households.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            Error(HazardPointCsv.Households, $"本村登记册里没有这些户编号：{string.Join("、", missing.Take(20))}{(missing.Count > 20 ? " 等" : "")}");
        long? monitor = null;
        if (row.MonitorPhone is { } typed &&
            (phones(typed) is not { } phone || (monitor = await lookups.MonitorAsync(c, tx, phone, row.VillageCode, ct)) is null))
            Error(HazardPointCsv.Monitor, "不是本村登记的村民或本村网格员的手机号");
        long? shelter = null;
        if (row.ShelterName is { } name && (shelter = await lookups.ShelterAsync(c, tx, row.VillageCode, name, ct)) is null)
            Error(HazardPointCsv.Shelter, $"本村没有名为“{name}”的安置点");
        if (errors.Count > before) return null;
        var point = new HazardPoint
        {
            Code = row.Code, Name = row.Name, VillageCode = row.VillageCode, Kind = row.Kind, Latitude = row.Latitude,
            Longitude = row.Longitude, PeopleThreatened = row.PeopleThreatened, PropertyThreatenedYuan = row.PropertyYuan,
            MonitorPersonId = monitor, ShelterId = shelter,
        };
        return new Resolved(point, [.. households.Values.Distinct().Order()]);
    }

    private static bool Same(HazardPoint a, HazardPoint b) =>
        (a.Name, a.VillageCode, a.Kind, a.Latitude, a.Longitude, a.PeopleThreatened, a.PropertyThreatenedYuan, a.MonitorPersonId,
            a.ShelterId, a.Status) ==
        (b.Name, b.VillageCode, b.Kind, b.Latitude, b.Longitude, b.PeopleThreatened, b.PropertyThreatenedYuan, b.MonitorPersonId,
            b.ShelterId, "active");

    private static string Detail(Resolved r) => JsonSerializer.Serialize(new
    {
        r.Point.Code, r.Point.VillageCode, r.Point.Kind, r.Point.PeopleThreatened, Households = r.Households.Count,
        Monitor = r.Point.MonitorPersonId, Shelter = r.Point.ShelterId,
    });
}
