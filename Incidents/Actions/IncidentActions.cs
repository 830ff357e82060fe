using Alerts.Incidents.Core;
using Alerts.Incidents.Figures;
using Alerts.Incidents.Grading;
using Alerts.Store.Audit;
using Alerts.Store.Database;
using Alerts.Store.Regions;
using Alerts.Store.Reports;

namespace Alerts.Incidents.Actions;

/// <summary>
/// What officials (and admins) do to incidents of the towns under them: open one by hand, move an item, set a figure
/// with a note, link a published warning, close and reopen. Each action is one transaction with its audit entry, its
/// timeline event and, where figures change, the regrade; a refusal (Chinese + English) changes nothing. An incident
/// outside the caller's jurisdiction is refused exactly as a missing one.
/// </summary>
public sealed class IncidentActions(StoreDb db, IncidentStore incidents, IncidentFigureStore figureStore, IncidentGrading grading,
    IncidentActionStore store, AuditStore audit)
{
    internal const int MaxTitle = 60;
    internal const int MaxNote = 200;
    internal const long MaxFigure = 1_000_000_000_000;

    public async Task<IncidentOpening> OpenAsync(IncidentCaller caller, string? townCode, string? family, string? title,
        DateTimeOffset now, CancellationToken ct)
    {
        if (OfficialsOnly(caller) is { } no) return new IncidentOpening(null, no);
        var words = title?.Trim() ?? "";
        if (words.Length is 0 or > MaxTitle)
            return new IncidentOpening(null, IncidentRefusal.Invalid($"请填写标题（不超过{MaxTitle}字）", $"A title of 1–{MaxTitle} characters is required"));
        if (family is null || !ReportHazards.FamilyKeys.Contains(family))
            return new IncidentOpening(null, IncidentRefusal.Invalid("灾种须为 weather、geological、flood 或 other", "family must be weather, geological, flood or other"));
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (!DivisionCode.IsWellFormed(townCode) || DivisionCode.Level(townCode!) != 4 ||
            !DivisionCode.Contains(caller.RegionCode, townCode!) || !await store.TownExistsAsync(c, tx, townCode!, ct))
            return new IncidentOpening(null, IncidentRefusal.NotFound($"乡镇 {townCode} 不存在", $"Town {townCode} does not exist"));
        var id = await incidents.InsertAsync(c, tx, townCode!, family, words, now, caller.Actor, now, ct);
        await incidents.AppendEventAsync(c, tx, id, "opened", caller.Actor, $"人工建立：{words}", now, ct);
        await audit.AppendAsync(c, tx, caller.Actor, "incident_opened", Subject(id), $"{townCode} {family} {words}", ct);
        await work.CommitAsync(ct);
        return new IncidentOpening(id, null);
    }

    /// <summary>Moves an item of one incident to another; both incidents are regraded.</summary>
    public async Task<IncidentRefusal?> MoveItemAsync(IncidentCaller caller, long incidentId, long itemId, long toIncidentId,
        DateTimeOffset now, CancellationToken ct)
    {
        if (OfficialsOnly(caller) is { } no) return no;
        if (incidentId == toIncidentId) return IncidentRefusal.Invalid("目标事件与原事件相同", "The target is the same incident");
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await VisibleAsync(work, caller, incidentId, ct) is not { } from) return IncidentRefusal.IncidentNotFound(incidentId);
        if (await VisibleAsync(work, caller, toIncidentId, ct) is not { } to) return IncidentRefusal.IncidentNotFound(toIncidentId);
        if (to.Status != IncidentStatus.Open) return IncidentRefusal.Conflict($"事件 {to.Number} 已结束，请先重新打开", $"Incident {to.Number} is closed");
        if (!await incidents.MoveItemAsync(c, tx, itemId, from.Id, to.Id, caller.Actor, now, ct))
            return IncidentRefusal.NotFound($"事件 {from.Number} 中没有条目 {itemId}", $"Incident {from.Number} has no item {itemId}");
        await incidents.AppendEventAsync(c, tx, from.Id, "item_moved_out", caller.Actor, $"条目 {itemId} 移至 {to.Number}", now, ct);
        await incidents.AppendEventAsync(c, tx, to.Id, "item_moved_in", caller.Actor, $"条目 {itemId} 自 {from.Number} 移入", now, ct);
        await audit.AppendAsync(c, tx, caller.Actor, "incident_item_moved", Subject(from.Id), $"item {itemId} to {to.Number}", ct);
        await grading.RegradeAsync(c, tx, from.Id, $"条目移出", now, ct);
        await grading.RegradeAsync(c, tx, to.Id, $"条目移入", now, ct);
        await work.CommitAsync(ct);
        return null;
    }

    /// <summary>Sets a figure (in force over the records) with a note; <paramref name="least"/> null hands it back to the records.</summary>
    public async Task<IncidentRefusal?> SetFigureAsync(IncidentCaller caller, long incidentId, string figure, long? least, long? most,
        string? note, DateTimeOffset now, CancellationToken ct)
    {
        if (OfficialsOnly(caller) is { } no) return no;
        if (FigureSettingRule.Check(figure, least, most, note) is { } bad) return bad;
        var range = least is { } l ? new FigureRange(l, most ?? l) : (FigureRange?)null;
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await VisibleAsync(work, caller, incidentId, ct) is null) return IncidentRefusal.IncidentNotFound(incidentId);
        var text = note!.Trim();
        await figureStore.SetAsync(c, tx, incidentId, figure, range, text, caller.Actor, now, ct);
        var said = range is { } r ? $"{FigureKeys.ToChinese(figure)}设为{r}{FigureKeys.Unit(figure)}" : $"{FigureKeys.ToChinese(figure)}恢复按记录计算";
        await incidents.AppendEventAsync(c, tx, incidentId, "figure_set", caller.Actor, $"{said}（{text}）", now, ct);
        await audit.AppendAsync(c, tx, caller.Actor, "incident_figure_set", Subject(incidentId), $"{figure}={range?.ToString() ?? "records"}: {text}", ct);
        await grading.RegradeAsync(c, tx, incidentId, said, now, ct);
        await work.CommitAsync(ct);
        return null;
    }

    /// <summary>Links a published warning that covers the incident's town.</summary>
    public async Task<IncidentRefusal?> LinkWarningAsync(IncidentCaller caller, long incidentId, long warningId, DateTimeOffset now,
        CancellationToken ct)
    {
        if (OfficialsOnly(caller) is { } no) return no;
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await VisibleAsync(work, caller, incidentId, ct) is not { } incident) return IncidentRefusal.IncidentNotFound(incidentId);
        if (!await store.IsPublishedAsync(c, tx, warningId, ct))
            return IncidentRefusal.NotFound($"预警 {warningId} 不存在或未发布", $"Warning {warningId} does not exist or is not published");
        if (!await store.CoversTownAsync(c, tx, warningId, incident.TownCode, ct))
            return IncidentRefusal.Invalid($"预警 {warningId} 未覆盖该事件所在乡镇", $"Warning {warningId} does not cover the incident's town");
        if (!await store.LinkAsync(c, tx, incidentId, warningId, caller.Actor, now, ct))
            return IncidentRefusal.Conflict($"预警 {warningId} 已关联", $"Warning {warningId} is linked already");
        await incidents.AppendEventAsync(c, tx, incidentId, "warning_linked", caller.Actor, $"关联预警 {warningId}", now, ct);
        await audit.AppendAsync(c, tx, caller.Actor, "incident_warning_linked", Subject(incidentId), $"warning:{warningId}", ct);
        await work.CommitAsync(ct);
        return null;
    }

    /// <summary>Closes an open incident (<paramref name="close"/>) or reopens a closed one.</summary>
    public async Task<IncidentRefusal?> SetOpenAsync(IncidentCaller caller, long incidentId, bool close, DateTimeOffset now, CancellationToken ct)
    {
        if (OfficialsOnly(caller) is { } no) return no;
        await using var work = await db.BeginAsync(ct);
        var (c, tx) = (work.Connection, work.Transaction);
        if (await VisibleAsync(work, caller, incidentId, ct) is not { } incident) return IncidentRefusal.IncidentNotFound(incidentId);
        if (!await store.SetStatusAsync(c, tx, incidentId, close, caller.Actor, now, ct))
            return close
                ? IncidentRefusal.Conflict($"事件 {incident.Number} 已结束", $"Incident {incident.Number} is closed already")
                : IncidentRefusal.Conflict($"事件 {incident.Number} 未结束", $"Incident {incident.Number} is open");
        var kind = close ? "closed" : "reopened";
        await incidents.AppendEventAsync(c, tx, incidentId, kind, caller.Actor, close ? "事件结束" : "事件重新打开", now, ct);
        await audit.AppendAsync(c, tx, caller.Actor, "incident_" + kind, Subject(incidentId), null, ct);
        await work.CommitAsync(ct);
        return null;
    }

    private async Task<Incident?> VisibleAsync(UnitOfWork work, IncidentCaller caller, long id, CancellationToken ct) =>
        await incidents.GetAsync(work.Connection, work.Transaction, id, ct) is { } i && caller.Covers(i) ? i : null;

    private static IncidentRefusal? OfficialsOnly(IncidentCaller caller) => caller.IsOfficial
        ? null
        : IncidentRefusal.Forbidden("只有干部可以处理灾情事件", "Only officials work incidents");

    private static string Subject(long id) => $"incident:{IncidentNumber.Of(id)}";
}
