namespace Alerts.Incidents.Core;

/// <summary>
/// Who acts on an incident: the audit actor, the place they answer for (a 12-digit division code: they see and change
/// only incidents of towns inside it), whether they are an official (an admin counts as one) rather than a grid worker,
/// and their office (emergency, natural_resources …; null for a grid worker). The Host builds it from an account.
/// </summary>
public sealed record IncidentCaller(string Actor, string RegionCode, bool IsOfficial, string? Department)
{
    /// <summary>True when the incident's town lies inside the caller's jurisdiction.</summary>
    public bool Covers(Incident incident) => Alerts.Store.Regions.DivisionCode.Contains(RegionCode, incident.TownCode);
}
