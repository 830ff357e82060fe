using Alerts.Identity.Accounts;
using Alerts.Store.Outbound;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Simulator;

/// <summary>
/// Every message the system sent, or would have sent without credentials, to people under the signed-in account's
/// jurisdiction: newest first, recipients masked.
/// </summary>
internal sealed class OutboxModel(OutboxView outbox) : PageModel
{
    public const int Limit = 200;
    public static readonly string[] Channels = ["wechat", "sms", "simulator"];

    public IReadOnlyList<OutboxEntry> Entries { get; private set; } = [];
    /// <summary>The channel shown, or null for all; anything unknown in the query string shows all.</summary>
    public string? Channel { get; private set; }
    public bool AutoRefresh { get; private set; }

    public async Task OnGetAsync(string? channel, bool auto, CancellationToken ct)
    {
        Channel = Array.IndexOf(Channels, channel) >= 0 ? channel : null;
        AutoRefresh = auto;
        Entries = await outbox.RecentAsync(Limit, Channel, DivisionCode.ToPrefix(User.ToAccount().RegionCode)!, ct);
    }

    public string Link(string? channel, bool auto)
    {
        var query = new List<string>();
        if (channel is not null) query.Add("channel=" + channel);
        if (auto) query.Add("auto=true");
        return "/simulator/outbox" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
