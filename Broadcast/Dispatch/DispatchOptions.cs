using System.ComponentModel.DataAnnotations;

namespace Alerts.Broadcast.Dispatch;

/// <summary>How the dispatch workers run. Section "Dispatch"; every key has a default, so none is required.</summary>
internal sealed class DispatchOptions
{
    public const string SectionName = "Dispatch";

    /// <summary>The lanes, one per channel a warning goes out on (<see cref="Alerts.Store.People.ChannelChoice"/>).</summary>
    public static readonly string[] LaneNames = [Alerts.Store.People.ChannelChoice.WeChat, Alerts.Store.People.ChannelChoice.Sms];

    /// <summary>Concurrent workers of each lane in this process; each claims its own batch of its lane's rows and
    /// sends them one at a time. <see cref="Lanes"/> may set a lane's own.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 4;

    /// <summary>Rows one claim leases, unless <see cref="Lanes"/> sets a lane's own.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Per-lane overrides ("Dispatch:Lanes:sms:Workers"), e.g. fewer SMS workers when SMS is the dearer path.</summary>
    public Dictionary<string, LaneOptions> Lanes { get; set; } = new(StringComparer.Ordinal);

    public int WorkersOf(string lane) => Lanes.TryGetValue(lane, out var l) && l.Workers is { } w ? w : Workers;

    public int BatchSizeOf(string lane) => Lanes.TryGetValue(lane, out var l) && l.BatchSize is { } b ? b : BatchSize;

    /// <summary>How long an idle worker sleeps before looking again, unless <see cref="DispatchSignal.Wake"/> is called.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a claimed batch stays ours. Before each send, when less than half is left, the rest of the batch is
    /// leased again in one write, so half of it must outlast one send (Resilience TotalTimeout, 30 s by default; checked
    /// at start-up). After a crash, rows left 'sending' wait this long before another worker takes them, in doubt.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Claims a row gets before it is given up: failed, or unknown when a send may have gone.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// Backoff base: retry n waits between half and all of min(RetryMaxDelay, RetryBaseDelay × 2^(n−1)), longer if
    /// the provider said Retry-After. With 2 s and 5 min, eight attempts span about 8 minutes: inside WeChat's
    /// 10-minute client_msg_id window, so a template retried after a timeout is still deduplicated.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a send whose outcome is unknown waits before the provider is first asked whether it went;
    /// later questions back off from here (up to <see cref="RetryMaxDelay"/>) for as long as the warning is in force.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ReconcileDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest SMS body in characters. Chinese is UCS-2: 300 characters are 5 segments; Twilio's China
    /// guideline allows 500 (twilio.md §8).</summary>
    [Range(70, 1600)]
    public int SmsMaxLength { get; set; } = 300;

    /// <summary>
    /// WeChat template data: template key → what fills it (headline, event, level, effective, instruction,
    /// acknowledge). Values are cut to 20 characters (2023 template rules). Keys in configuration add to or
    /// replace these defaults.
    /// </summary>
    public Dictionary<string, string> TemplateFields { get; set; } = new(StringComparer.Ordinal)
    {
        ["first"] = "headline",
        ["keyword1"] = "event",
        ["keyword2"] = "level",
        ["keyword3"] = "effective",
        ["keyword4"] = "instruction",
        ["remark"] = "acknowledge",
    };

    /// <summary>Optional link on template messages; {0} is the warning id.</summary>
    public string? DetailUrl { get; set; }

    /// <summary>Pause after a worker loop failed (database locked for too long, a bug) before it tries again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ErrorDelay { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>One lane's own settings; unset ones come from <see cref="DispatchOptions"/>. Checked at start-up by
/// <see cref="DispatchOptionsValidator"/> (data annotations do not reach into a dictionary's values).</summary>
internal sealed class LaneOptions
{
    public int? Workers { get; set; }

    public int? BatchSize { get; set; }
}
