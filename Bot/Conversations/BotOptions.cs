using System.ComponentModel.DataAnnotations;

namespace Alerts.Bot.Conversations;

public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>A conversation idle this long starts fresh on the next message (an unfinished report is offered back).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
