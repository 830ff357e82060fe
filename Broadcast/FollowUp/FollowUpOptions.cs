using System.ComponentModel.DataAnnotations;

namespace Alerts.Broadcast.FollowUp;

/// <summary>
/// 叫应: a warning of these levels is not done until someone answered. Priority households that have not
/// acknowledged it after <see cref="AckTimeout"/> go to their grid worker as a list to call or visit.
/// </summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUp";

    public string[] Levels { get; set; } = ["red", "orange"];

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromMinutes(30);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Names per message, so each list stays readable on a phone.</summary>
    [Range(1, 50)]
    public int NamesPerMessage { get; set; } = 15;
}
