using Alerts.Identity.Accounts;
using Alerts.Store.Migrations;
using Alerts.Store.Regions;
using Alerts.Store.Summary;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages;

/// <summary>The dashboard: what the signed-in account's jurisdiction needs done now, each figure linking to its list.</summary>
internal sealed class IndexModel(SummaryStore summaries, Migrator migrator, RegionStore regions) : PageModel
{
    private static readonly TimeSpan VisitWithin = TimeSpan.FromDays(2);

    public StoreSummary Summary { get; private set; } = new();
    public int SchemaVersion { get; private set; }
    public bool SchemaCurrent => SchemaVersion == Migrator.LatestVersion;
    public string JurisdictionName { get; private set; } = "";
    public bool MayPublish { get; private set; }
    public string VisitWithinText => VisitWithin.TotalHours >= 24 && VisitWithin.TotalHours % 24 == 0
        ? $"{VisitWithin.TotalDays:0} 天" : $"{VisitWithin.TotalHours:0} 小时";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var account = User.ToAccount();
        MayPublish = AccountRoles.MayPublish(account.Role);
        JurisdictionName = (await regions.GetAsync(account.RegionCode, ct))?.Name ?? account.RegionCode;
        SchemaVersion = await migrator.CurrentVersionAsync(ct);
        Summary = await summaries.GetAsync(DivisionCode.ToPrefix(account.RegionCode)!, VisitWithin, ct);
    }
}
