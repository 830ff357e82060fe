using Alerts.Incidents.Core;

namespace Alerts.Incidents.Actions;

/// <summary>An incident opened by hand (its id), or why not.</summary>
public sealed record IncidentOpening(long? Id, IncidentRefusal? Refusal);
