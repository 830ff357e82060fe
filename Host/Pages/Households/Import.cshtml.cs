using System.Text;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Households.Register;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Households;

/// <summary>
/// /households/import: a village register (CSV or .xlsx) uploaded through the same import as
/// POST /api/monitoring/households/import, with the same size cap. A refused file shows every row error (行, 列, 原因)
/// and nothing is written; an accepted one shows the counts. An example register in the import's format downloads here.
/// </summary>
// Nothing past the register cap is read; the form around the file gets a little room.
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
[RequestSizeLimit(RegisterText.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = RegisterText.MaxBytes + 1024 * 1024)]
internal sealed class ImportModel(RegisterImporter importer, RegionStore regions) : PageModel
{
    public FormErrors Errors { get; } = new();
    public RegisterImportResult? Result { get; private set; }
    public static int MaxMegabytes => RegisterText.MaxBytes / 1024 / 1024;

    public void OnGet()
    {
    }

    /// <summary>The example register, its household placed in the caller's first village so that it imports as it is.</summary>
    public async Task<IActionResult> OnGetExampleAsync(CancellationToken ct)
    {
        var villages = await regions.UnderAsync(DivisionCode.ToPrefix(User.ToAccount().RegionCode)!, 5, ct);
        var (code, name) = villages.Count > 0 ? (villages[0].Code, villages[0].Name) : ("500112101001", "示例村");
        return File(Encoding.UTF8.GetBytes(RegisterExample.Write(code, name)), "text/csv; charset=utf-8", "register-example.csv");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Errors.Add("file", "请选择一个台账文件（CSV 或 .xlsx）。");
            return Page();
        }
        if (file.Length > RegisterText.MaxBytes)
        {
            Errors.Add("file", $"文件超过 {MaxMegabytes} MB，未导入。");
            return Page();
        }
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, ct);
        var account = User.ToAccount();
        Result = await importer.ImportAsync(bytes.ToArray(), account.Actor, account.RegionCode, ct);
        if (!Result.Succeeded) Errors.Add("file", $"台账有 {Result.ErrorCount} 处错误，未导入任何内容。");
        return Page();
    }
}
