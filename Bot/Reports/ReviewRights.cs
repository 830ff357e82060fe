using Alerts.Identity.Accounts;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Alerts.Store.Reports;

namespace Alerts.Bot.Reports;

/// <summary>
/// Who may review a village's reports, the one rule for chat and console: in the chat, a grid worker assigned to the
/// village; in the console, an account whose jurisdiction covers the village. Every console role qualifies by
/// jurisdiction (a grid worker's account is set to its villages or town; officials and admins to their town or county).
/// </summary>
public sealed class ReviewRights(ReportStore reports)
{
    public async Task<bool> MayReviewAsync(UnitOfWork work, Reviewer reviewer, string villageCode, CancellationToken ct) =>
        reviewer.PersonId is { } worker
            ? await reports.IsInGridAsync(work.Connection, work.Transaction, worker, villageCode, ct)
            : reviewer.Jurisdiction is { } jurisdiction && DivisionCode.Contains(jurisdiction, villageCode);

    /// <summary>An account may see (and so review) the reports of villages under its jurisdiction.</summary>
    public static bool MaySee(Account account, string villageCode) =>
        AccountRoles.All.Contains(account.Role) && DivisionCode.Contains(account.RegionCode, villageCode);
}
