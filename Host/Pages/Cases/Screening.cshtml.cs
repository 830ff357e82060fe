using System.Text;
using Alerts.Host.Api;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Cases;

/// <summary>
/// /cases/screening: a department's list (民政, 医保, 住建, 水利) uploaded through <see cref="ScreeningImport"/>, as
/// POST /api/monitoring/screening: all or nothing, every bad line named; otherwise the clues, matches and cases it made.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
[RequestSizeLimit(ScreeningImport.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ScreeningImport.MaxBytes + 64 * 1024)]
internal sealed class ScreeningModel(ScreeningImport import, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Department { get; set; }

    public FormErrors Errors { get; } = new();
    public ScreeningResult? Result { get; private set; }
    /// <summary>The list's own errors, line by line (the department's is shown beside its field).</summary>
    public IReadOnlyList<ScreeningError> LineErrors { get; private set; } = [];
    public static int MaxMegabytes => ScreeningImport.MaxBytes / 1024 / 1024;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) Errors.Add("file", "请选择一个名单文件（CSV）。");
        else if (file.Length > ScreeningImport.MaxBytes) Errors.Add("file", $"文件超过 {MaxMegabytes} MB，未导入。");
        if (Errors.Any) return Page();
        using var bytes = new MemoryStream();
        await file!.CopyToAsync(bytes, ct);
        var result = await import.ImportAsync(Department, Encoding.UTF8.GetString(bytes.ToArray()),
            User.ToAccount().ToCaseCaller(), clock.GetUtcNow(), ct);
        if (result.Errors.Count == 0)
        {
            Result = result;
            return Page();
        }
        if (result.Errors.FirstOrDefault(e => e.Line == 0) is { } department) Errors.Add("department", department.Chinese);
        LineErrors = result.Errors.Where(e => e.Line > 0).ToList();
        if (LineErrors.Count > 0) Errors.Add("file", $"名单有 {LineErrors.Count} 处错误，未导入任何一行。");
        return Page();
    }
}
