using Alerts.Bot.Reports;
using Alerts.Host.Reports;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Store.Database;
using Alerts.Store.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Reports;

/// <summary>
/// One report: every answer, who filed it, their messages, photos and location, the review and the timeline; and
/// confirm / correct / reject through <see cref="ReportReview"/>, the policy the grid worker's chat uses. A report
/// outside the caller's jurisdiction is answered as a missing one.
/// </summary>
internal sealed class ReportModel(ReportQuery reports, ReportPageReader reader, ReportReview review, StoreDb db, TimeProvider time)
    : PageModel
{
    public ReportPage View { get; private set; } = null!;
    public FormErrors Errors { get; } = new();
    /// <summary>What was just done (after the redirect), for the notice at the top.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Field { get; set; }
    [BindProperty] public string? Value { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) =>
        await LoadAsync(number, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostConfirmAsync(string number, CancellationToken ct) =>
        ReviewAsync(number, ReviewAction.Confirm, null, ct);

    public Task<IActionResult> OnPostRejectAsync(string number, CancellationToken ct) =>
        ReviewAsync(number, ReviewAction.Reject, Reason, ct);

    public Task<IActionResult> OnPostCorrectAsync(string number, CancellationToken ct)
    {
        // The chat's 修改 command, field word and value: "房屋 倒塌". An unknown field word changes nothing.
        var field = ReportCorrection.FieldWords.Contains(Field) ? Field : "";
        return ReviewAsync(number, ReviewAction.Correct, $"{field} {Value?.Trim()}", ct);
    }

    private async Task<IActionResult> ReviewAsync(string number, ReviewAction action, string? detail, CancellationToken ct)
    {
        ReviewOutcome outcome;
        await using (var work = await db.BeginAsync(ct))
        {
            outcome = await review.ReviewAsync(work, Reviewer.Console(User.ToAccount()), number, action, detail, time.GetUtcNow(), ct);
            if (outcome.Changed) await work.CommitAsync(ct);
        }
        if (outcome.Result == ReviewResult.NotFound) return NotFound();
        if (outcome.Changed) return Redirect($"/reports/{number}?done={outcome.Result.ToString().ToLowerInvariant()}");
        switch (outcome.Result)
        {
            case ReviewResult.ReasonMissing: Errors.Add("reason", "请写上驳回的原因，比如：房屋没有损坏。"); break;
            case ReviewResult.CorrectionNotUnderstood:
                Errors.Add(ReportCorrection.FieldWords.Contains(Field) ? "value" : "field",
                    ReportCorrection.FieldWords.Contains(Field) ? "没有看懂这个值，请按提示填写。" : "请选择要修改的项目。");
                break;
            default: Errors.Form = $"这份报告已经处理过了（{ReportLabels.Status(outcome.Report!.Status)}），不能再修改。"; break;
        }
        return await LoadAsync(number, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        if (await reports.GetAsync(number, ct) is not { } report || !ReviewRights.MaySee(User.ToAccount(), report.VillageCode))
            return false;
        View = await reader.ReadAsync(report, ct);
        return true;
    }

    public string? DoneText => Done switch
    {
        "confirmed" => "已确认这份报告，已通知报告人。",
        "rejected" => "已驳回这份报告，已把原因告诉报告人。",
        "corrected" => "已修改。核实无误后请点“确认属实”。",
        _ => null,
    };
}
