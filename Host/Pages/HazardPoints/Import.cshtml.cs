using Alerts.Host.Api;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.HazardPoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.HazardPoints;

/// <summary>
/// /hazard-points/import: the register CSV through the same import as POST /api/hazard-points/import. A refused file
/// shows every row error (行, 列, 原因) and nothing is written; an accepted one shows the counts.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
[RequestSizeLimit(HazardPointImporter.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = HazardPointImporter.MaxBytes + 1024 * 1024)]
internal sealed class ImportModel(HazardPointImporter importer, TimeProvider clock) : PageModel
{
    public FormErrors Errors { get; } = new();
    public HazardPointImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > HazardPointImporter.MaxBytes)
        {
            Errors.Add("file", $"请选择一个不超过 {HazardPointImporter.MaxBytes / 1024 / 1024} MB 的隐患点表（CSV）。");
            return Page();
        }
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, ct);
        var outcome = await importer.ImportAsync(bytes.ToArray(), User.ToAccount().ToIncidentCaller(), clock.GetUtcNow(), ct);
        if (outcome.Refusal is { } refused) Errors.Add("file", refused.Chinese);
        Result = outcome.Result;
        if (Result is { Succeeded: false }) Errors.Add("file", $"隐患点表有 {Result.Errors.Count} 处错误，未导入任何内容。");
        return Page();
    }
}
