namespace Alerts.Incidents.HazardPoints;

/// <summary>One point with the households it threatens, what its monitor reported, and its open incident (null: none).</summary>
public sealed record HazardPointDetails(HazardPoint Point, IReadOnlyList<ThreatenedHousehold> Households,
    IReadOnlyList<HazardObservation> Observations, long? OpenIncidentId);
