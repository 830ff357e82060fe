using Alerts.Host.Api;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Shelters;
using Alerts.Store.Csv;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Shelters;

/// <summary>
/// /shelters/import: a shelters CSV through the same import as POST /api/shelters/import. A refused file shows every
/// line's error and nothing is written; an accepted one shows the counts.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
[RequestSizeLimit(ShelterEndpoints.MaxCsvBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ShelterEndpoints.MaxCsvBytes + 1024 * 1024)]
internal sealed class ImportModel(ShelterDesk desk) : PageModel
{
    public FormErrors Errors { get; } = new();
    public ShelterImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > ShelterEndpoints.MaxCsvBytes)
        {
            Errors.Add("file", $"请选择一个不超过 {ShelterEndpoints.MaxCsvBytes / 1024 / 1024} MB 的安置点表（CSV）。");
            return Page();
        }
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, ct);
        Result = await desk.ImportAsync(User.ToAccount().ToIncidentCaller(), CsvRows.Decode(bytes.ToArray()), ct);
        if (!Result.Succeeded) Errors.Add("file", $"安置点表有 {Result.Errors.Count} 处错误，未导入任何内容。");
        return Page();
    }
}
