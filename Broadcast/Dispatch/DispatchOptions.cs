using System.ComponentModel.DataAnnotations;

namespace Alerts.Broadcast.Dispatch;

/// <summary>How the dispatch workers run. Section "Dispatch"; every key has a default, so none is required.</summary>
internal sealed class DispatchOptions
{
    public const string SectionName = "Dispatch";

    /// <summary>Concurrent workers in this process; each claims its own batch and sends its rows one at a time.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 4;

    /// <summary>Rows one claim leases.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>How long an idle worker sleeps before looking again, unless <see cref="DispatchSignal.Wake"/> is called.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a claimed row stays ours, renewed as each send begins. It must outlast one send (Resilience
    /// TotalTimeout, 30 s by default) with room to spare: a row whose lease runs out mid-send is taken over and
    /// reconciled. After a crash, rows left 'sending' wait this long before another worker takes them.
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

    /// <summary>How long an SMS whose send outcome is unknown waits before we ask Twilio whether it exists.</summary>
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
