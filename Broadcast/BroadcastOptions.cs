using System.ComponentModel.DataAnnotations;

namespace Alerts.Broadcast;

/// <summary>Warnings, approval, targeting and CAP. Bound from the <c>Broadcast</c> section.</summary>
public sealed class BroadcastOptions
{
    public const string SectionName = "Broadcast";

    // Lists default to null and fall back in code: the configuration binder appends configured items to a list that
    // already holds defaults, so a configured list could never replace them.
    /// <summary>Sudden severe weather that takes the green channel (published on create, no second official).</summary>
    public string[]? GreenChannelEvents { get; set; }

    /// <summary>Levels that take the green channel for those events (default orange and red).</summary>
    public string[]? GreenChannelLevels { get; set; }

    /// <summary>How long a warning lasts when the request gives no expiry.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan DefaultValidity { get; set; } = TimeSpan.FromHours(24);

    /// <summary>people.id values covered by one targeting transaction.</summary>
    [Range(100, 1_000_000)]
    public int TargetingBatchSize { get; set; } = 5_000;

    /// <summary>How often the targeting worker looks for published warnings it has not finished (it is also woken on publish).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan TargetingPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often published warnings past their expiry are marked expired.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The CAP &lt;sender&gt; of the alerts we export.</summary>
    [Required, MinLength(1)]
    public string CapSender { get; set; } = "alerts.local";

    /// <summary>Largest CAP document accepted for import.</summary>
    [Range(1_024, 4 * 1024 * 1024)]
    public int MaxCapBytes { get; set; } = 256 * 1024;

    public static readonly string[] DefaultGreenChannelEvents = ["暴雨", "雷雨大风", "强对流", "冰雹", "暴雪"];
    public static readonly string[] DefaultGreenChannelLevels = ["orange", "red"];

    public IReadOnlyList<string> EffectiveGreenChannelEvents => GreenChannelEvents ?? DefaultGreenChannelEvents;
    public IReadOnlyList<string> EffectiveGreenChannelLevels => GreenChannelLevels ?? DefaultGreenChannelLevels;
}
