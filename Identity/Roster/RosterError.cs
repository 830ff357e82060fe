namespace Alerts.Identity.Roster;

/// <summary>Why a roster was refused: about one entry (its index in the list given) or, with no entry, the whole roster.</summary>
public sealed record RosterError(int? Entry, string Message);
