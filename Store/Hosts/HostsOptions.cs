using System.ComponentModel.DataAnnotations;

namespace Alerts.Store.Hosts;

/// <summary>How the Hosts on one database know of each other (section <c>Hosts</c>).</summary>
public sealed class HostsOptions
{
    public const string SectionName = "Hosts";

    /// <summary>How often each Host writes its heartbeat and re-reads how many Hosts are live.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A Host not heard from for this long is taken for dead, and the others take its share of the rates.</summary>
    public TimeSpan Stale => HeartbeatInterval * 3;
}
