using Alerts.Incidents.Core;

namespace Alerts.Incidents.Shelters;

/// <summary>The shelter as saved, or every reason it was refused (nothing changed).</summary>
public sealed record ShelterOutcome(Shelter? Shelter, IReadOnlyList<IncidentRefusal> Refusals)
{
    public static ShelterOutcome Refused(params IncidentRefusal[] refusals) => new(null, refusals);

    public static ShelterOutcome Refused(IReadOnlyList<IncidentRefusal> refusals) => new(null, refusals);
}
