using Alerts.Identity.Accounts;
using Alerts.Broadcast.Targeting;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// Create, approve and cancel: draft → awaiting_approval → published → updated / cancelled / expired. Each step is
/// one transaction with its audit entries; publishing only flips targeting_state to pending, and the
/// <see cref="TargetingWorker"/> writes the outbox.
/// </summary>
public sealed partial class WarningLifecycle(
    StoreDb db, WarningStore warnings, AuditStore audit, RegionStore regions, IOptions<BroadcastOptions> options,
    TimeProvider time, TargetingSignal signal)
{
    private static readonly string[] Unpublished = [WarningStatuses.Draft, WarningStatuses.AwaitingApproval];

    public Task<Outcome<Warning>> CreateAsync(Account caller, WarningRequest request, CancellationToken ct) =>
        CreateAsync(caller, request, "api", null, ct);

    /// <summary>Creates a warning from a request (the API) or an imported CAP alert (source "cap", with its origin).</summary>
    public async Task<Outcome<Warning>> CreateAsync(Account caller, WarningRequest request, string source, CapOrigin? origin,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var checkedDraft = await CheckAsync(caller, request, source, origin, now, ct);
        if (!checkedDraft.Succeeded) return checkedDraft.Refusal;
        var (draft, green) = checkedDraft.Value;
        var id = await InsertAsync(caller, draft, green, now, ct);
        if (id is null) return Refusal.Conflict("该 CAP 预警已导入", "This CAP alert has already been imported");
        if (green) signal.Notify();
        return (await warnings.GetAsync(id.Value, ct))!;
    }

    /// <summary>
    /// Creates a warning for exactly <paramref name="households"/> (a 临灾预报 for a hazard point's threatened households):
    /// every rule of <see cref="CreateAsync(Account, WarningRequest, CancellationToken)"/> applies, and targeting reaches
    /// their people only. The caller vouches for the list (the Host passes it from the point register).
    /// </summary>
    public async Task<Outcome<Warning>> CreateForHouseholdsAsync(Account caller, WarningRequest request, IReadOnlyList<long> households,
        CancellationToken ct)
    {
        if (households.Count == 0)
            return new Refusal(RefusalKind.Invalid, "Invalid request", "这个隐患点没有登记受威胁户", "There are no households to warn");
        var now = time.GetUtcNow();
        var checkedDraft = await CheckAsync(caller, request, "api", null, now, ct);
        if (!checkedDraft.Succeeded) return checkedDraft.Refusal;
        var (draft, green) = checkedDraft.Value;
        var id = await InsertAsync(caller, draft with { Households = households }, green, now, ct);
        if (green) signal.Notify();
        return (await warnings.GetAsync(id!.Value, ct))!;
    }

    /// <summary>
    /// Everything <see cref="CreateAsync(Account, WarningRequest, CancellationToken)"/> checks, storing nothing: the
    /// console's preview before an official submits.
    /// </summary>
    public Task<Outcome<DraftCheck>> CheckAsync(Account caller, WarningRequest request, CancellationToken ct) =>
        CheckAsync(caller, request, "api", null, time.GetUtcNow(), ct);

    private async Task<Outcome<DraftCheck>> CheckAsync(Account caller, WarningRequest request, string source, CapOrigin? origin,
        DateTimeOffset now, CancellationToken ct)
    {
        Warning? referenced = null;
        if (request.References is long refId)
        {
            referenced = await warnings.GetAsync(refId, ct);
            if (ReferenceRules.Target(caller, referenced, refId) is { } problem) return problem;
            request = WithReferenceDefaults(request, referenced!);
        }
        var validated = WarningValidator.Validate(request, now, options.Value.DefaultValidity);
        if (!validated.Succeeded) return validated.Refusal;
        var draft = validated.Value with { Source = source, Origin = origin };
        if (await UnknownAreasAsync(draft.Areas, ct) is { } unknown) return unknown;
        // Rights first: ReferenceRules names the original's areas, which may lie beyond the caller's jurisdiction
        // until the rights have said they do not.
        if (PublishingRules.MayCreate(caller, draft, referenced) is { } refused) return refused;
        if (referenced is not null && ReferenceRules.Check(draft, referenced) is { } changed) return changed;

        // Imported alerts always wait for an official of ours, whatever their event.
        var green = draft.Submit && source == "api" && PublishingRules.IsGreenChannel(options.Value, draft.Event, draft.Level);
        return new DraftCheck(draft, green);
    }

    /// <summary>A second official of the jurisdiction approves, and the warning is published.</summary>
    public async Task<Outcome<Warning>> ApproveAsync(Account caller, long id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var warning = await VisibleAsync(caller, id, ct);
        if (warning is null) return Refusal.NotFound(id);
        if (!WarningStatuses.IsUnpublished(warning.Status))
            return Refusal.Conflict($"预警 {id} 的状态为 {warning.Status}，不能审批", $"Warning {id} is {warning.Status}; only drafts and warnings awaiting approval can be approved");
        var original = await OriginalAsync(warning, ct);
        if (PublishingRules.MayApprove(caller, warning, original) is { } refused) return refused;
        if (warning.ExpiresUtc <= now)
            return Refusal.Conflict("预警已过失效时间，不能发布", "The warning expired before it was approved");

        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        if (!await warnings.PublishAsync(c, tx, id, caller.Id, green: false, now, ct))
            return Refusal.Conflict($"预警 {id} 已被他人处理", $"Warning {id} was changed by someone else; reload it");
        await audit.AppendAsync(c, tx, caller.Actor, "approved", warning.Subject, null, ct);
        await AfterPublishAsync(c, tx, caller, warning, "approved", now, ct);
        await tx.CommitAsync(ct);
        signal.Notify();
        return (await warnings.GetAsync(id, ct))!;
    }

    /// <summary>Stores the draft and moves it on; null when its CAP origin was imported already.</summary>
    private async Task<long?> InsertAsync(Account caller, WarningDraft draft, bool green, DateTimeOffset now, CancellationToken ct)
    {
        await using var c = await db.OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        // Checked inside the (immediate) write transaction, so two imports of one alert cannot both get in.
        if (draft.Origin is { } o && await warnings.FindIdByOriginAsync(c, tx, o.Sender, o.Identifier, ct) is not null) return null;
        var id = await warnings.InsertAsync(c, tx, draft, WarningIdentifiers.New(caller.RegionCode, now), caller.Id, now, ct);
        var subject = $"warning:{id}";
        await audit.AppendAsync(c, tx, caller.Actor, "created", subject, OriginDetail(draft), ct);
        if (draft.Origin is { } origin)
            await audit.AppendAsync(c, tx, caller.Actor, "cap_imported", WarningStore.OriginSubject(origin.Sender, origin.Identifier), subject, ct);
        if (green)
        {
            await warnings.PublishAsync(c, tx, id, approvedBy: null, green: true, now, ct);
            var created = (await warnings.GetAsync(c, tx, id, ct))!;
            await AfterPublishAsync(c, tx, caller, created, "green channel", now, ct);
        }
        else if (draft.Submit)
        {
            await warnings.SetStatusAsync(c, tx, id, [WarningStatuses.Draft], WarningStatuses.AwaitingApproval, now, ct);
            await audit.AppendAsync(c, tx, caller.Actor, "submitted", subject, null, ct);
        }
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>Records the publication and supersedes the warning this one updates or lifts.</summary>
    private async Task AfterPublishAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, Account caller,
        Warning published, string how, DateTimeOffset now, CancellationToken ct)
    {
        await audit.AppendAsync(c, tx, caller.Actor, "published", published.Subject, how, ct);
        if (published.ReferencesId is not long old) return;
        var to = published.Kind == WarningKinds.AllClear ? WarningStatuses.Cancelled : WarningStatuses.Updated;
        if (await warnings.SetStatusAsync(c, tx, old, [WarningStatuses.Published], to, now, ct))
            await audit.AppendAsync(c, tx, caller.Actor, to, $"warning:{old}", $"by {published.Subject}", ct);
    }

    private static string? OriginDetail(WarningDraft d) =>
        d.Origin is { } o ? $"imported CAP {o.Sender},{o.Identifier},{o.Sent}" : d.ReferencesId is long r ? $"references warning:{r}" : null;

    private async Task<Refusal?> UnknownAreasAsync(IReadOnlyList<string> areas, CancellationToken ct)
    {
        var unknown = new List<string>();
        foreach (var area in areas)
            if (await regions.GetAsync(AreaSet.CodeOf(area), ct) is null) unknown.Add(area);
        if (unknown.Count == 0) return null;
        var errors = new FieldErrors();
        foreach (var u in unknown) errors.Add("areas", $"区划 {u} 不存在", $"region {u} does not exist");
        return errors.ToRefusal() with { UnknownAreas = unknown };
    }

    /// <summary>The warning, when it exists and touches the caller's jurisdiction: one elsewhere is not found.</summary>
    private async Task<Warning?> VisibleAsync(Account caller, long id, CancellationToken ct) =>
        await warnings.GetAsync(id, ct) is { } w && PublishingRules.CanSee(caller, w.Areas) ? w : null;

    /// <summary>The warning an update or all-clear changes.</summary>
    private async Task<Warning?> OriginalAsync(Warning warning, CancellationToken ct) =>
        warning.ReferencesId is long r ? await warnings.GetAsync(r, ct) : null;

    /// <summary>
    /// An update or all-clear reaches the same people: it takes the referenced warning's hazard, event, level and
    /// areas unless given (given areas must still cover the original's, see <see cref="ReferenceRules"/>), and its
    /// audiences plus any it adds.
    /// </summary>
    public static WarningRequest WithReferenceDefaults(WarningRequest r, Warning old)
    {
        var kind = r.Kind ?? WarningKinds.Warning;
        var allClear = kind == WarningKinds.AllClear;
        return r with
        {
            Hazard = r.Hazard ?? old.Hazard,
            Event = r.Event ?? old.Event,
            Level = r.Level ?? old.Level,
            Kind = kind,
            Headline = r.Headline ?? (allClear ? $"解除：{old.Headline}" : null),
            Description = r.Description ?? (allClear ? $"{old.Headline}已解除。" : null),
            Areas = r.Areas ?? [.. old.Areas],
            Audiences = [.. old.AudienceList, .. r.Audiences ?? []],
        };
    }
}
