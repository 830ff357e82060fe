using Alerts.Host.Api;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Alerts.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// /incidents/{id}/upward: the county's report up (art. 35) with its actions — edit the draft, record it sent, record the
/// municipality's acknowledgement. Each POST calls <see cref="UpwardRecording"/>, as the API does (county officials or
/// above, jurisdiction, once only), then goes back to the incident's panel; a refusal re-renders here with the input
/// kept and the reason beside its field. Outside the caller's jurisdiction is "not found", as on the API.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class UpwardModel(UpwardReading reading, UpwardRecording recording, TimeProvider clock) : PageModel
{
    [BindProperty] public long ReportId { get; set; }
    [BindProperty] public string? Draft { get; set; }
    [BindProperty] public string? Via { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? By { get; set; }

    public long IncidentId { get; private set; }
    public IReadOnlyList<UpwardReportView> Reports { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public UpwardInput? Input { get; private set; }

    public UpwardPanelModel Panel => new(IncidentId, Reports, Errors, Input);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEditDraftAsync(long id, CancellationToken ct) =>
        await AfterAsync(id, await recording.EditDraftAsync(Caller, id, ReportId, Draft, clock.GetUtcNow(), ct), "draft", ct);

    public async Task<IActionResult> OnPostSentAsync(long id, CancellationToken ct) =>
        await AfterAsync(id, await recording.MarkSentAsync(Caller, id, ReportId, Via, Text, clock.GetUtcNow(), ct), "sent", ct);

    public async Task<IActionResult> OnPostAcknowledgedAsync(long id, CancellationToken ct) =>
        await AfterAsync(id, await recording.MarkAcknowledgedAsync(Caller, id, ReportId, By, clock.GetUtcNow(), ct), "acknowledged", ct);

    private IncidentCaller Caller => User.ToAccount().ToIncidentCaller();

    /// <param name="form">Which form posted: its field shows an invalid input's reason; anything else shows above the forms.</param>
    private async Task<IActionResult> AfterAsync(long id, IncidentRefusal? refusal, string form, CancellationToken ct)
    {
        if (refusal is null) return Redirect($"/incidents/{id}#upward-panel");
        if (refusal.Kind == IncidentRefusalKind.NotFound && !await LoadAsync(id, ct)) return NotFound();
        Input = new UpwardInput(ReportId, Draft, Via, Text, By);
        var field = form switch
        {
            "draft" => "upward-draft-text",
            "sent" => UpwardVia.Parse(Via) is null ? "upward-via" : "upward-text",
            _ => "upward-by",
        };
        if (refusal.Kind == IncidentRefusalKind.Invalid) Errors.Add($"{field}-{ReportId}", refusal.Chinese);
        else Errors.Form = refusal.Chinese;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        IncidentId = id;
        var (reports, refusal) = await reading.OfIncidentAsync(Caller, id, clock.GetUtcNow(), ct);
        Reports = reports ?? [];
        return refusal is null;
    }
}
