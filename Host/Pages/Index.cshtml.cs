using Alerts.Host.Reports;
using Alerts.Identity.Accounts;
using Alerts.Store.Migrations;
using Alerts.Store.Regions;
using Alerts.Store.Summary;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Pages;

/// <summary>The dashboard: what the signed-in account's jurisdiction needs done now, each figure linking to its list.</summary>
internal sealed class IndexModel(SummaryStore summaries, Migrator migrator, RegionStore regions, IOptions<ReportsOptions> reports,
    TimeProvider time) : PageModel
{
    public StoreSummary Summary { get; private set; } = new();
    public int SchemaVersion { get; private set; }
    public bool SchemaCurrent => SchemaVersion == Migrator.LatestVersion;
    public string JurisdictionName { get; private set; } = "";
    public bool MayPublish { get; private set; }
    public string VisitWithinText => reports.Value.VisitWithinText;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var account = User.ToAccount();
        MayPublish = AccountRoles.MayPublish(account.Role);
        JurisdictionName = (await regions.GetAsync(account.RegionCode, ct))?.Name ?? account.RegionCode;
        SchemaVersion = await migrator.CurrentVersionAsync(ct);
        Summary = await summaries.GetAsync(DivisionCode.ToPrefix(account.RegionCode)!, reports.Value.OverdueBefore(time.GetUtcNow()), ct);
    }
}
