using System.Globalization;
using Alerts.Host.Api;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Actions;
using Alerts.Incidents.Core;
using Alerts.Incidents.Upward;
using Alerts.Incidents.Views;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Incidents;

/// <summary>
/// /incidents/{id}: everything an official works an incident with: grade and reason, the report up, figures with their
/// sources, items, grade history, shelters, hazard points, warnings and timeline; and the actions of
/// /api/incidents/{id}/… (set a figure, move an item, link a warning, close, reopen), each re-checked by
/// <see cref="IncidentActions"/>. Outside the caller's jurisdiction an incident is 404, as a missing one.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin}")]
internal sealed class DetailsModel(IncidentViews views, IncidentSurroundings surroundings, UpwardReading upward,
    IncidentActions actions, TimeProvider clock) : PageModel
{
    public IncidentView View { get; private set; } = null!;
    public UpwardPanelModel Upward { get; private set; } = null!;
    public IReadOnlyList<IncidentShelterCount> Sheltered { get; private set; } = [];
    public IReadOnlyList<IncidentPointObservation> Observations { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public FigureForm Figure { get; private set; } = new();
    public string? MoveTo { get; private set; }
    public string? WarningId { get; private set; }

    /// <summary>The set-figure form as typed, kept when refused.</summary>
    internal sealed record FigureForm(string? Figure = null, string? Least = null, string? Most = null, string? Note = null);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFigureAsync(long id, string? figure, string? least, string? most, string? note, CancellationToken ct)
    {
        Figure = new FigureForm(figure, least, most, note);
        if (!Number(least, "least", out var l) | !Number(most, "most", out var m)) return await ReshowAsync(id, ct);
        var refusal = await actions.SetFigureAsync(Caller, id, figure ?? "", l, m, note, clock.GetUtcNow(), ct);
        return await AfterAsync(id, refusal, FigureField(refusal), "#figures-heading", ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(long id, long itemId, string? toIncident, CancellationToken ct)
    {
        MoveTo = toIncident;
        if (IncidentNumber.Parse(toIncident) is not { } to)
        {
            Errors.Add($"move-{itemId}", "请填写目标事件编号，如 SJ12。");
            return await ReshowAsync(id, ct);
        }
        var refusal = await actions.MoveItemAsync(Caller, id, itemId, to, clock.GetUtcNow(), ct);
        return await AfterAsync(id, refusal, $"move-{itemId}", "#items-heading", ct);
    }

    public async Task<IActionResult> OnPostWarningAsync(long id, string? warningId, CancellationToken ct)
    {
        WarningId = warningId;
        if (!long.TryParse(warningId?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var warning))
        {
            Errors.Add("warningId", "请填写预警编号（数字）。");
            return await ReshowAsync(id, ct);
        }
        var refusal = await actions.LinkWarningAsync(Caller, id, warning, clock.GetUtcNow(), ct);
        return await AfterAsync(id, refusal, "warningId", "#warnings-heading", ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        await AfterAsync(id, await actions.SetOpenAsync(Caller, id, close: true, clock.GetUtcNow(), ct), "status", "", ct);

    public async Task<IActionResult> OnPostReopenAsync(long id, CancellationToken ct) =>
        await AfterAsync(id, await actions.SetOpenAsync(Caller, id, close: false, clock.GetUtcNow(), ct), "status", "", ct);

    private IncidentCaller Caller => User.ToAccount().ToIncidentCaller();

    /// <summary>Back to the page (post-redirect-get) when done; a refusal re-shows it with the reason beside the field.</summary>
    private async Task<IActionResult> AfterAsync(long id, IncidentRefusal? refusal, string field, string anchor, CancellationToken ct)
    {
        if (refusal is null) return Redirect($"/incidents/{id}{anchor}");
        if (refusal.Kind == IncidentRefusalKind.NotFound && refusal.English == IncidentRefusal.IncidentNotFound(id).English) return NotFound();
        if (refusal.Kind == IncidentRefusalKind.Forbidden) return Forbid();
        Errors.Add(field, refusal.Chinese);
        return await ReshowAsync(id, ct);
    }

    private async Task<IActionResult> ReshowAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private bool Number(string? text, string field, out long? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) value = n;
        else Errors.Add(field, "请填写整数，如 12；不知道就留空。");
        return value is not null;
    }

    // The domain's refusals of a figure say in English which part was wrong.
    private static string FigureField(IncidentRefusal? r) => r?.English switch
    {
        null => "figure",
        var e when e.StartsWith("Unknown figure", StringComparison.Ordinal) => "figure",
        var e when e.Contains("note", StringComparison.Ordinal) => "note",
        var e when e.StartsWith("most", StringComparison.Ordinal) => "most",
        _ => "least",
    };

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var caller = Caller;
        if (await views.GetAsync(caller, id, ct) is not { } view) return false;
        View = view;
        var (reports, _) = await upward.OfIncidentAsync(caller, id, clock.GetUtcNow(), ct);
        Upward = new UpwardPanelModel(id, reports ?? []);
        (Sheltered, Observations) = await surroundings.OfAsync(view, ct);
        return true;
    }
}
