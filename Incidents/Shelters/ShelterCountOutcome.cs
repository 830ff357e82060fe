namespace Alerts.Incidents.Shelters;

/// <summary>What became of a sheltered count; the bot words it. Only <see cref="ShelterCountResult.Set"/> changed anything.</summary>
public sealed record ShelterCountOutcome(ShelterCountResult Result, Shelter? Shelter = null, string? IncidentNumber = null,
    int Sheltered = 0, IReadOnlyList<string>? Choices = null)
{
    /// <summary>More people than the shelter holds: accepted (people are there), but flagged.</summary>
    public bool OverCapacity => Shelter is not null && Sheltered > Shelter.Capacity;
}

public enum ShelterCountResult
{
    Set,
    /// <summary>No shelter of that name in the worker's grid (another village's shelter answers the same).</summary>
    NoSuchShelter,
    /// <summary>Several villages of the worker's grid have a shelter of that name (<see cref="ShelterCountOutcome.Choices"/>: their codes).</summary>
    SeveralShelters,
    /// <summary>The town has no open incident: an official can open one.</summary>
    NoOpenIncident,
    /// <summary>The town has several open incidents and none was named (<see cref="ShelterCountOutcome.Choices"/>: their numbers).</summary>
    WhichIncident,
    /// <summary>The incident named is not an open one of the shelter's town.</summary>
    IncidentNotFound,
}
