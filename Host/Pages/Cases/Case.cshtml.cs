using Alerts.Host.Reports;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Cases;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Cases;

/// <summary>/cases/{id}: one case with its household, assessment, clock, the reports it rests on and its timeline.</summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class CaseModel(CaseStore cases, ActorNames actors, TimeProvider clock) : PageModel
{
    public CaseRow Case { get; private set; } = null!;
    public IReadOnlyList<CaseReport> Reports { get; private set; } = [];
    public IReadOnlyList<(CaseEvent Event, string Actor)> Timeline { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        // A case elsewhere is answered exactly as a missing one: nothing of another place shows.
        if (await cases.GetAsync(id, ct) is not { } row || !DivisionCode.Contains(User.ToAccount().RegionCode, row.VillageCode))
            return NotFound();
        (Case, Now) = (row, clock.GetUtcNow());
        Reports = await cases.ReportsAsync(id, ct);
        var timeline = new List<(CaseEvent, string)>();
        foreach (var e in await cases.EventsAsync(id, ct)) timeline.Add((e, await actors.NameAsync(e.Actor, ct)));
        Timeline = timeline;
        return Page();
    }

    public static string EventText(CaseEvent e) => e.Kind switch
    {
        "clue" => $"线索（{CaseDisplay.Source(e.Outcome ?? "")}）",
        "report_added" => "新的灾情报告并入",
        "county_decision" => e.Outcome == "enrolled" ? "区县认定：纳入监测" : "区县认定：不予认定",
        _ => e.Kind,
    };
}
