using System.ComponentModel.DataAnnotations;

namespace Alerts.Bot.Conversations;

public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>A conversation idle this long starts fresh on the next message (an unfinished report is offered back).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a report set aside (cancelled, expired, or left for the menu) can be brought back with "继续", counted
    /// from the conversation's last message; after that it is dropped.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromHours(24);
}
