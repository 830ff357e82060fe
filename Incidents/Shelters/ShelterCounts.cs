using System.Data.Common;
using System.Globalization;
using Alerts.Incidents.Core;
using Alerts.Store.Audit;
using Alerts.Store.Regions;

namespace Alerts.Incidents.Shelters;

/// <summary>
/// A grid worker sets how many people a shelter of a village in their grid holds, for the town's open incident: the
/// latest count, its history, the incident's timeline and the audit log, all in the caller's transaction (the turn).
/// With several open incidents in the town, the worker names one ("安置 SJ12 村小学 35").
/// </summary>
public sealed class ShelterCounts(ShelterCountStore counts, IncidentStore incidents, AuditStore audit)
{
    public const int MaxSheltered = 100_000;

    public async Task<ShelterCountOutcome> SetAsync(DbConnection c, DbTransaction tx, long workerId, string shelterName,
        long? incidentId, int sheltered, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sheltered);
        var found = await counts.OfWorkerNamedAsync(c, tx, workerId, shelterName.Trim(), ct);
        if (found.Count == 0) return new(ShelterCountResult.NoSuchShelter);
        if (found.Count > 1) return new(ShelterCountResult.SeveralShelters, Choices: [.. found.Select(s => s.VillageCode)]);
        var shelter = found[0];
        var open = await counts.OpenInTownAsync(c, tx, DivisionCode.AtLevel(shelter.VillageCode, 4), ct);
        Incident? incident;
        if (incidentId is { } id)
        {
            incident = open.FirstOrDefault(i => i.Id == id);
            if (incident is null) return new(ShelterCountResult.IncidentNotFound, shelter, IncidentNumber.Of(id));
        }
        else if (open.Count == 0) return new(ShelterCountResult.NoOpenIncident, shelter);
        else if (open.Count > 1) return new(ShelterCountResult.WhichIncident, shelter, Choices: [.. open.Select(i => i.Number)]);
        else incident = open[0];

        var actor = string.Create(CultureInfo.InvariantCulture, $"person:{workerId}");
        await counts.SetAsync(c, tx, incident.Id, shelter.Id, sheltered, actor, now, ct);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{shelter.Name}：已安置{sheltered}人，容量{shelter.Capacity}人");
        await incidents.AppendEventAsync(c, tx, incident.Id, "shelter_count", actor, detail, now, ct);
        await audit.AppendAsync(c, tx, actor, "shelter.count_set", string.Create(CultureInfo.InvariantCulture, $"shelter:{shelter.Id}"),
            string.Create(CultureInfo.InvariantCulture, $"incident={incident.Number} sheltered={sheltered}"), ct);
        return new(ShelterCountResult.Set, shelter, incident.Number, sheltered);
    }
}
