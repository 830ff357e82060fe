using System.Globalization;
using Alerts.Host.Api;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Statistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// /incidents/statistics: one Beijing day's 灾情统计 per town and county total under the caller's jurisdiction, with its
/// CSV (?handler=csv, the same columns as GET /api/incidents/statistics?format=csv). Officials' and admins' only.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class StatisticsModel(StatisticsReader reader, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }

    public FormErrors Errors { get; } = new();
    public DailyStatistics? Statistics { get; private set; }
    public string DateText => Statistics?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Date ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var day = IncidentStatisticsEndpoints.ParseDate(Date, time);
        if (day is null)
        {
            Errors.Add("date", "请选择日期，如 2026-11-29。");
            return;
        }
        Statistics = await reader.ForAsync(User.ToAccount().RegionCode, day.Value, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (IncidentStatisticsEndpoints.ParseDate(Date, time) is not { } day) return BadRequest();
        var statistics = await reader.ForAsync(User.ToAccount().RegionCode, day, ct);
        return File(StatisticsCsv.Write(statistics), "text/csv; charset=utf-8",
            $"灾情统计-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }
}
