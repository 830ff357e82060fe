using Alerts.Identity.Accounts;
using Alerts.Broadcast.Warnings;
using Alerts.Store.Regions;
using Microsoft.Extensions.Options;

namespace Alerts.Broadcast.Cap;

/// <summary>
/// Turns a parsed CAP alert into a warning awaiting approval under the importing account, by the same rules as the
/// API. Areas come only from geocodes (division_code, or GB/T 2260 for counties and above); an area we cannot
/// place is reported, never guessed. Update and Cancel must reference an alert we hold (ours or imported).
/// </summary>
public sealed class CapImporter(WarningLifecycle lifecycle, WarningStore warnings, RegionStore regions, IOptions<BroadcastOptions> options)
{
    /// <summary>Reads a CAP 1.2 document (at most <see cref="BroadcastOptions.MaxCapBytes"/>) and imports it: the API's
    /// upload and the console's file upload alike.</summary>
    public async Task<Outcome<Warning>> ImportAsync(Account caller, Stream xml, CancellationToken ct)
    {
        var alert = CapReader.Read(xml, options.Value.MaxCapBytes);
        return alert.Succeeded ? await ImportAsync(caller, alert.Value, ct) : alert.Refusal;
    }

    public async Task<Outcome<Warning>> ImportAsync(Account caller, CapAlert alert, CancellationToken ct)
    {
        if (Unsupported(alert) is { } unsupported) return unsupported;
        if (await AlreadyHeldAsync(alert, ct) is { } held)
            return PublishingRules.CanSee(caller, held.Areas)
                ? Refusal.Conflict($"该 CAP 预警已导入（预警 {held.Id}）", $"This CAP alert is already here as warning {held.Id}")
                : Refusal.Conflict("该 CAP 预警已导入", "This CAP alert has already been imported");
        long? references = null;
        if (alert.MsgType is "Update" or "Cancel")
        {
            var target = await ReferencedAsync(caller, alert.References, ct);
            if (target is null)
                return Unprocessable("references 中的预警不存在", $"None of the referenced alerts ({alert.References}) is held here");
            references = target.Id;
        }
        var (areas, unknown) = await AreasAsync(alert.Info.Areas, ct);
        if (unknown.Count > 0)
            return Unprocessable($"无法识别的区域：{string.Join("、", unknown)}", $"Unknown areas: {string.Join(", ", unknown)}") with { UnknownAreas = unknown };
        var request = ToRequest(alert, areas, references);
        if (request is null) return Unprocessable("severity 为 Unknown 且无 level 参数，无法确定级别", "severity is Unknown and no level parameter is given");
        return await lifecycle.CreateAsync(caller, request, "cap", new CapOrigin(alert.Sender, alert.Identifier, alert.Sent), ct);
    }

    private static Refusal? Unsupported(CapAlert alert)
    {
        if (alert.Status != "Actual") return Unprocessable($"只导入 status 为 Actual 的预警（收到 {alert.Status}）", $"Only Actual alerts are imported (got {alert.Status})");
        if (alert.MsgType is not ("Alert" or "Update" or "Cancel"))
            return Unprocessable($"不支持的 msgType：{alert.MsgType}", $"msgType {alert.MsgType} is not imported (Alert, Update and Cancel are)");
        return alert.Scope == "Public" ? null : Unprocessable($"只导入 scope 为 Public 的预警", $"Only Public alerts are imported (got {alert.Scope})");
    }

    private async Task<Warning?> AlreadyHeldAsync(CapAlert alert, CancellationToken ct) =>
        alert.Sender == options.Value.CapSender
            ? await warnings.FindByIdentifierAsync(alert.Identifier, ct)
            : await warnings.FindByOriginAsync(alert.Sender, alert.Identifier, ct);

    /// <summary>The most recent referenced alert we hold that the caller may see (references list oldest first).</summary>
    private async Task<Warning?> ReferencedAsync(Account caller, string? references, CancellationToken ct)
    {
        foreach (var triple in (references ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            var parts = triple.Split(',');
            if (parts.Length != 3) continue;
            var found = parts[0] == options.Value.CapSender
                ? await warnings.FindByIdentifierAsync(parts[1], ct)
                : await warnings.FindByOriginAsync(parts[0], parts[1], ct);
            if (found is not null && PublishingRules.CanSee(caller, found.Areas)) return found;
        }
        return null;
    }

    private async Task<(List<string> Areas, List<string> Unknown)> AreasAsync(IReadOnlyList<CapArea> capAreas, CancellationToken ct)
    {
        var areas = new List<string>();
        var unknown = new List<string>();
        foreach (var area in capAreas)
        {
            var codes = area.Geocodes.Select(CodeOf).ToList();
            if (codes.Count == 0) unknown.Add($"{area.AreaDesc}（无区划代码 / no division code）");
            foreach (var (raw, prefix) in codes)
            {
                if (prefix is not null && await regions.GetAsync(AreaSet.CodeOf(prefix), ct) is not null) areas.Add(prefix);
                else unknown.Add($"{area.AreaDesc} {raw}");
            }
        }
        return (areas, unknown);
    }

    private static (string Raw, string? Prefix) CodeOf(KeyValuePair<string, string> geocode) => geocode.Key switch
    {
        CapWriter.DivisionCodeName => (geocode.Value, DivisionCode.ToPrefix(geocode.Value)),
        CapWriter.Gb2260Name when geocode.Value.Length == 6 => (geocode.Value, DivisionCode.ToPrefix(geocode.Value.PadRight(12, '0'))),
        _ => ($"{geocode.Key}={geocode.Value}", null),
    };

    private static WarningRequest? ToRequest(CapAlert alert, List<string> areas, long? references)
    {
        var info = alert.Info;
        var p = info.Parameters;
        var hazard = p.GetValueOrDefault("hazard") ?? CapMapping.HazardOf(info.Event, info.Categories).ToString().ToLowerInvariant();
        var level = p.GetValueOrDefault("level") ?? CapMapping.LevelOf(info.Severity)?.Key();
        if (level is null) return null;
        var family = Enum.TryParse<HazardFamily>(hazard, ignoreCase: true, out var f) ? f : HazardFamily.Other;
        var kind = p.GetValueOrDefault("kind") ?? CapMapping.KindOf(alert, family);
        var headline = info.Headline ?? $"{info.Event}{WarningKinds.ChineseName(kind)}";
        return new WarningRequest
        {
            Hazard = hazard, Event = info.Event, Level = level, Kind = kind, Headline = headline,
            Description = info.Description ?? headline, Instruction = info.Instruction, Areas = [.. areas],
            Audiences = p.GetValueOrDefault("audiences")?.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Effective = info.Effective is { } e ? WarningTimes.Format(e) : null,
            Expires = info.Expires is { } x ? WarningTimes.Format(x) : null,
            References = references,
        };
    }

    private static Refusal Unprocessable(string chinese, string english) =>
        new(RefusalKind.Unprocessable, "CAP alert not importable", chinese, english);
}
