namespace Alerts.Incidents.Shelters;

/// <summary>A shelter and its latest sheltered count in each open incident that has one (empty: nobody gave a count).</summary>
public sealed record ShelterListRow(Shelter Shelter, IReadOnlyList<ShelteredNow> Now);
