using Alerts.Host.Api;
using Alerts.Host.Reports;
using Alerts.Host.Web;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.CheckIns;
using Alerts.Monitoring.Exit;
using Alerts.Monitoring.Measures;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Cases;

/// <summary>
/// /cases/{id}: one case with its household, assessment, clock, reports and timeline, and what the caller may do on it
/// now: the identification steps <see cref="CaseProcedure"/> allows them, and after enrolment the helper, measures,
/// visits and exit — each POST calling the domain method the API calls. Grid workers see their village's cases and
/// take the steps CaseSteps gives them; the care after enrolment is officials' and admins', as on the API.
/// </summary>
[Authorize(Roles = $"{AccountRoles.Official},{AccountRoles.Admin},{AccountRoles.GridWorker}")]
internal sealed class CaseModel(CaseStore cases, ActorNames actors, CaseProcedure procedure, CareStore care, MeasureAdvisor advisor,
    MeasureStore measures, MeasureCatalog catalog, HelperAssignment helpers, CheckInRecorder recorder, CaseExit exit, StoreDb db,
    TimeProvider clock)
    : PageModel
{
    public CaseRow Case { get; private set; } = null!;
    public CareCase? Care { get; private set; }
    public IReadOnlyList<CaseReport> Reports { get; private set; } = [];
    public IReadOnlyList<(CaseEvent Event, string Actor)> Timeline { get; private set; } = [];
    public IReadOnlyList<CaseSteps.Move> Moves { get; private set; } = [];
    public IReadOnlyList<HelperCandidate> Helpers { get; private set; } = [];
    public IReadOnlyList<Measure> Proposed { get; private set; } = [];
    public IReadOnlyList<ChosenMeasure> Chosen { get; private set; } = [];
    public IReadOnlyList<Measure> Catalog => catalog.All;
    public ExitDecision? Exit { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public FormErrors Errors { get; } = new();

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public string? Step { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public long? PersonId { get; set; }
    [BindProperty] public string? Measure { get; set; }
    [BindProperty] public string? State { get; set; }
    /// <summary>"other" when the measure came from the whole catalogue's list rather than a proposal or a chosen row.</summary>
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? MeasureNote { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? ExitNote { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    /// <summary>Helper, measures, visits and exit: officials' and admins', as the API's monitoring group.</summary>
    public bool MayCare => User.ToAccount().IsOfficialOrAdmin();
    public bool MayConfirmExit => User.ToAccount().MayConfirmExit();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(long id, CancellationToken ct)
    {
        var refusal = await procedure.RecordAsync(id, Step, Outcome, Note, User.ToAccount().ToCaseCaller(), clock.GetUtcNow(), ct);
        if (refusal is null) return Redirect($"/cases/{id}?done={Step}");
        if (refusal.Kind == CaseRefusalKind.NotFound) return NotFound();
        // A missing reason or too long a note is the note's; anything else (an unknown step, not now, not yours) the form's.
        if (refusal.Kind == CaseRefusalKind.Invalid && CaseSteps.Find(Step, Outcome) is not null)
            Errors.Add($"note-{Kebab(Step)}", refusal.Chinese);
        else Errors.Form = refusal.Chinese;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostHelperAsync(long id, CancellationToken ct)
    {
        if (!await MayCareForAsync(id, ct)) return NotFound();
        var result = PersonId is { } person
            ? await helpers.AssignAsync(id, person, User.ToAccount().Actor, clock.GetUtcNow(), ct)
            : CareResult.Invalid("请选择帮扶责任人", "Choose the helper");
        return await AfterAsync(id, result, "helper", "person-id", ct);
    }

    public async Task<IActionResult> OnPostMeasureAsync(long id, CancellationToken ct)
    {
        if (!await MayCareForAsync(id, ct)) return NotFound();
        var result = await measures.ChooseAsync(id, new MeasureStore.Choice(Measure, State, MeasureNote), User.ToAccount().Actor,
            clock.GetUtcNow(), ct);
        var field = From == "other" ? "other-measure" : catalog.Find(Measure) is null ? null : $"measure-{Kebab(Measure)}";
        return await AfterAsync(id, result, "measure", field, ct);
    }

    public async Task<IActionResult> OnPostVisitAsync(long id, CancellationToken ct)
    {
        if (!await MayCareForAsync(id, ct)) return NotFound();
        CareResult result;
        await using (var work = await db.BeginAsync(ct))
        {
            result = await recorder.RecordAsync(work, id, visitorId: null, Notes, "console", User.ToAccount().Actor, clock.GetUtcNow(), ct);
            if (result.IsDone) await work.CommitAsync(ct);
        }
        return await AfterAsync(id, result, "visit", "notes", ct);
    }

    public async Task<IActionResult> OnPostExitAsync(long id, CancellationToken ct)
    {
        if (!await MayCareForAsync(id, ct)) return NotFound();
        var account = User.ToAccount();
        var decision = await exit.ExitAsync(id, new CaseExit.Request(ExitNote, Confirm), account.Actor, account.MayConfirmExit(),
            clock.GetUtcNow(), ct);
        return await AfterAsync(id, decision.Result, "exit", "exit-note", ct);
    }

    public string? DoneText => Done switch
    {
        CaseSteps.VillageReview or CaseSteps.TownRevisit or CaseSteps.CountyDecision or CaseSteps.PlatformEntry =>
            $"已记录{CaseSteps.StepToChinese(Done)}。",
        "opened" => "已登记，识别认定期限从申请日期起算。",
        "joined" => "这户已有未结束的监测案例，线索已并入。",
        "helper" => "已指定帮扶责任人，已通知本人。",
        "measure" => "已记录帮扶措施。",
        "visit" => "已记录走访。",
        "exit" => "已退出监测，已通知帮扶责任人。",
        _ => null,
    };

    /// <summary>Element ids are kebab-case: village_review → village-review.</summary>
    public static string Kebab(string? word) => (word ?? "").Replace('_', '-');

    // The same jurisdiction and role the API's monitoring group asks; outside it is "not found".
    private async Task<bool> MayCareForAsync(long id, CancellationToken ct) =>
        MayCare && await care.IsUnderAsync(id, User.ToAccount().RegionCode, ct);

    /// <param name="field">The field the refusal is shown beside; null: above the forms.</param>
    private async Task<IActionResult> AfterAsync(long id, CareResult result, string done, string? field, CancellationToken ct)
    {
        if (result.IsDone) return Redirect($"/cases/{id}?done={done}");
        if (result.Outcome == CareOutcome.NotFound) return NotFound();
        if (field is not null && result.Outcome is CareOutcome.Invalid or CareOutcome.Unmet or CareOutcome.Forbidden)
            Errors.Add(field, result.Chinese);
        else Errors.Form = result.Chinese;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        // A case elsewhere is answered exactly as a missing one: nothing of another place shows.
        var account = User.ToAccount();
        if (await cases.GetAsync(id, ct) is not { } row || !DivisionCode.Contains(account.RegionCode, row.VillageCode)) return false;
        (Case, Now) = (row, clock.GetUtcNow());
        Reports = await cases.ReportsAsync(id, ct);
        var timeline = new List<(CaseEvent, string)>();
        foreach (var e in await cases.EventsAsync(id, ct)) timeline.Add((e, await actors.NameAsync(e.Actor, ct)));
        Timeline = timeline;
        Moves = CaseProcedure.MovesFor(row, account.ToCaseCaller());
        if (MayCare) await LoadCareAsync(row, ct);
        return true;
    }

    private async Task LoadCareAsync(CaseRow row, CancellationToken ct)
    {
        Care = await care.GetAsync(row.Id, ct);
        if (Care is null) return;
        Chosen = await measures.ListAsync(row.Id, ct);
        if (CaseStatus.IsOpen(row.Status)) Proposed = advisor.Propose(Care.RiskTypeNames, Care.Labour);
        if (row.Status != CaseStatus.Monitored) return;
        if (Care.HouseholdId is not null) Helpers = await care.HelperCandidatesAsync(row.VillageCode, ct);
        Exit = await exit.CheckAsync(row.Id, Now, ct);
    }
}
