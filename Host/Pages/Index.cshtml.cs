using Alerts.Identity.Accounts;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Alerts.Store.Migrations;
using Alerts.Store.Summary;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages;

internal sealed class IndexModel(SummaryStore summaries, Migrator migrator, StoreDb db) : PageModel
{
    public StoreSummary Summary { get; private set; } = new();
    public int SchemaVersion { get; private set; }
    public bool SchemaCurrent => SchemaVersion == Migrator.LatestVersion;
    public string DataSource => db.DataSource;

    public async Task OnGetAsync(CancellationToken ct)
    {
        SchemaVersion = await migrator.CurrentVersionAsync(ct);
        Summary = await summaries.GetAsync(DivisionCode.ToPrefix(User.ToAccount().RegionCode)!, ct);
    }
}
