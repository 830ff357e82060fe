namespace Alerts.Incidents.Core;

/// <summary>The "Incidents" section of configuration.</summary>
public sealed class IncidentOptions
{
    public const string Section = "Incidents";

    /// <summary>An item joins the open incident of its town and hazard family whose latest item is at most this old.</summary>
    public TimeSpan JoinWindow { get; set; } = TimeSpan.FromHours(24);
}
