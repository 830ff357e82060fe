namespace Alerts.Identity.Roster;

/// <summary>One person on duty for a town, county or city, at a position in its ordered list, reached on one channel.</summary>
public sealed record RosterEntry(string RegionCode, long Position, long PersonId, string Name, string Channel);
