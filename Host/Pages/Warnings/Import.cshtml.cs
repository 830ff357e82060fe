using Alerts.Broadcast;
using Alerts.Broadcast.Cap;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Pages.Warnings;

/// <summary>
/// Import a CAP 1.2 alert by file upload, through the same importer as POST /api/warnings/cap: it waits for approval
/// like any imported alert. A refused file shows why, and the areas that could not be placed.
/// </summary>
// No upload is read past the largest MaxCapBytes the options allow (4 MiB) and room for the form around it; within
// that, the configured limit is checked below with a reason the official can read.
[RequestSizeLimit(5 * 1024 * 1024)]
internal sealed class ImportModel(CapImporter importer, IOptions<BroadcastOptions> options) : PageModel
{
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<string> UnknownAreas { get; private set; } = [];
    /// <summary>The importer's reasons field by field, named as the compose form names them.</summary>
    public IReadOnlyList<string> Reasons { get; private set; } = [];
    public int MaxKilobytes => options.Value.MaxCapBytes / 1024;

    public IActionResult OnGet() => AccountRoles.MayPublish(User.ToAccount().Role) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!AccountRoles.MayPublish(User.ToAccount().Role)) return Forbid();
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", "请选择一个 CAP 文件（.xml）。");
            return Page();
        }
        if (file.Length > options.Value.MaxCapBytes)
        {
            Errors.Add("file", $"文件超过 {MaxKilobytes} KB，未导入。");
            return Page();
        }
        await using var xml = file.OpenReadStream();
        var imported = await importer.ImportAsync(User.ToAccount(), xml, ct);
        if (imported.Succeeded) return Redirect($"/warnings/{imported.Value.Id}");
        Errors.Add("file", imported.Refusal.Chinese);
        Reasons = imported.Refusal.Errors
            .SelectMany(e => e.Value.Select(m => $"{FieldName(e.Key)}：{FormErrors.ChineseOf(m)}")).ToList();
        UnknownAreas = imported.Refusal.UnknownAreas;
        return Page();
    }

    private static string FieldName(string field) => field switch
    {
        "hazard" => "灾种",
        "event" => "灾害事件",
        "level" => "级别",
        "kind" => "类型",
        "headline" => "标题",
        "description" => "预警内容",
        "instruction" => "防御指南",
        "areas" => "区域",
        "audiences" => "发送对象",
        "effective" => "生效时间",
        "expires" => "失效时间",
        "references" => "所引用的预警",
        _ => "其他",
    };
}
