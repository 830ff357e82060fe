using System.ComponentModel.DataAnnotations;

namespace Alerts.Identity.Help;

/// <summary>The <c>Help</c> settings: how calls for help escalate along the duty roster.</summary>
public sealed class HelpOptions
{
    public const string SectionName = "Help";

    /// <summary>An open help request nobody marked handled goes to the next person on duty after this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>More words from the same person within this time join their open request instead of opening another.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The county whose roster is told when the village of whoever asks for help is not known (a 6- or 12-digit code).
    /// Empty: the county of the database when it holds exactly one.
    /// </summary>
    public string? FallbackCounty { get; set; }
}
