using Alerts.Host.Admin;
using Alerts.Host.Web;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;

namespace Alerts.Host.Pages.Audit;

/// <summary>
/// The audit log of the admin's jurisdiction, newest first, filtered by actor, action, subject and Beijing dates. What
/// belongs to a jurisdiction is <see cref="AuditQuery"/>'s rule: entries whose actor or subject is an account, person
/// or place under it.
/// </summary>
internal sealed class IndexModel(AuditQuery audit) : AdminPageModel
{
    public IReadOnlyList<AuditListing> Rows { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public Paging Paging { get; private set; } = Paging.Of(1, null, 0);
    public string? Actor { get; private set; }
    public string? Action { get; private set; }
    public string? Subject { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public async Task OnGetAsync(string? actor, string? action, string? subject, DateOnly? from, DateOnly? to, int? page,
        CancellationToken ct)
    {
        (Actor, Action, Subject, From, To) = (actor, action, subject, from, to);
        var prefix = DivisionCode.ToPrefix(Admin.RegionCode)!;
        // Dates are Beijing days; "to" includes its whole day.
        var filter = new AuditFilter(actor, action, subject, StartOf(from), StartOf(to?.AddDays(1)));
        Actions = await audit.ActionsAsync(prefix, ct);
        var (_, total) = await audit.PageAsync(prefix, filter, 0, 0, ct);
        Paging = Paging.Of(page, null, total);
        (Rows, _) = await audit.PageAsync(prefix, filter, Paging.Offset, Paging.PageSize, ct);
    }

    private static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), BeijingTime.Offset) : null;
}
