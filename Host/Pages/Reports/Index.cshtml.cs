using System.Globalization;
using Alerts.Bot.Reports;
using Alerts.Host.Reports;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Alerts.Store.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Pages.Reports;

/// <summary>The reports under the caller's jurisdiction, newest first, filtered by a plain GET form.</summary>
internal sealed class IndexModel(ReportQuery query, RegionStore regions, IOptions<ReportsOptions> options, TimeProvider time)
    : PageModel
{
    public static readonly string[] Statuses = ["submitted", "confirmed", "rejected"];

    [BindProperty(SupportsGet = true)] public string? Village { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Hazard { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

    public FormErrors Errors { get; } = new();

    // "page" is Razor Pages' own route value (the page's path), so it cannot be model-bound: read the query itself.
    private int? PageNumber() => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : null;
    public IReadOnlyList<Region> Villages { get; private set; } = [];
    public IReadOnlyList<ReportRecord> Reports { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);
    public DateTimeOffset OverdueBefore { get; private set; }

    public string VillageName(string code) => Villages.FirstOrDefault(v => v.Code == code)?.Name ?? code;

    public bool IsOverdue(ReportRecord r) => r.Status == "submitted" && r.CreatedUtc < OverdueBefore;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(User.ToAccount().RegionCode)!;
        Villages = await regions.UnderAsync(prefix, 5, ct);
        OverdueBefore = options.Value.OverdueBefore(time.GetUtcNow());
        var filter = Filter(prefix);
        var total = await query.CountAsync(filter, ct);
        Paging = Paging.Of(PageNumber(), null, total);
        Reports = await query.PageAsync(filter, Paging.Offset, Paging.PageSize, ct);
    }

    /// <summary>The filter as asked, each refused value said beside its field and left out of the query.</summary>
    private ReportFilter Filter(string prefix)
    {
        var filter = new ReportFilter(prefix) { SubmittedBefore = Overdue ? OverdueBefore : null };
        if (!string.IsNullOrEmpty(Village))
        {
            if (Villages.Any(v => v.Code == Village)) filter = filter with { VillageCode = Village };
            else Errors.Add("village", "不在您的辖区内的村。");
        }
        if (!string.IsNullOrEmpty(Status))
        {
            if (Statuses.Contains(Status)) filter = filter with { Status = Status };
            else Errors.Add("status", "没有这个状态。");
        }
        if (!string.IsNullOrEmpty(Hazard))
        {
            if (ReportAnswers.KnownHazards.Contains(Hazard)) filter = filter with { Hazard = Hazard };
            else Errors.Add("hazard", "没有这种灾害。");
        }
        // Dates are Beijing dates; "to" includes its whole day.
        if (Day("from", From) is { } from) filter = filter with { FromUtc = from };
        if (Day("to", To) is { } to) filter = filter with { ToUtc = to.AddDays(1) };
        return filter;
    }

    private DateTimeOffset? Day(string field, string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), BeijingTime.Offset).ToUniversalTime();
        Errors.Add(field, "日期请写成 年-月-日，例如 2026-07-01。");
        return null;
    }
}
