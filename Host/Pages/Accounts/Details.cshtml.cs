using Alerts.Host.Admin;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Store.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Alerts.Host.Pages.Accounts;

/// <summary>
/// One account: its details and history; revoke it (with a confirmation that works without script), reset its
/// password, issue or revoke its API key. An account outside the jurisdiction is a 404, like one that does not exist.
/// </summary>
internal sealed class DetailsModel(AccountAdministration administration, AuditStore audit) : AdminPageModel
{
    public AccountListing Account { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public string? Done { get; private set; }
    public string? NewPassword { get; private set; }
    public string? NewKey { get; private set; }
    public bool IsSelf => Account.Id == Admin.Id;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostRevokeAsync(long id, bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            Errors.Add("confirm", "请勾选确认后再停用。");
            return await ShowAsync(id, ct, StatusCodes.Status422UnprocessableEntity);
        }
        return await AfterAsync(id, await administration.RevokeAsync(Admin, id, ct), "账号已停用：API 密钥和登录都已失效。", ct);
    }

    public async Task<IActionResult> OnPostResetAsync(long id, CancellationToken ct)
    {
        var (password, error) = await administration.ResetPasswordAsync(Admin, id, ct);
        NewPassword = password;
        return await AfterAsync(id, error, "已重置密码；该账号的已登录会话都已退出。", ct);
    }

    public async Task<IActionResult> OnPostKeyAsync(long id, CancellationToken ct)
    {
        var (key, error) = await administration.IssueKeyAsync(Admin, id, ct);
        NewKey = key;
        return await AfterAsync(id, error, "已发放新的 API 密钥，旧密钥已失效。", ct);
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(long id, CancellationToken ct) =>
        await AfterAsync(id, await administration.RevokeKeyAsync(Admin, id, ct), "API 密钥已吊销。", ct);

    private async Task<IActionResult> AfterAsync(long id, string? error, string done, CancellationToken ct)
    {
        if (error == AccountAdministration.NoSuchAccount) return NotFound();
        if (error is not null)
        {
            Errors.Form = FormErrors.ChineseOf(error);
            return await ShowAsync(id, ct, StatusCodes.Status422UnprocessableEntity);
        }
        Done = done;
        NoStore();
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        if (await administration.FindAsync(Admin, id, ct) is not { } account) return NotFound();
        Account = account;
        History = (await audit.ForSubjectAsync($"account:{id}", ct)).Reverse().Take(20).ToList();
        Response.StatusCode = status;
        return Page();
    }
}
