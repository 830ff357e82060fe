using Alerts.Identity.Accounts;
using Alerts.Store.Regions;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// Who may do what with a warning (domain.md), the one place the API, the CAP import and cancelling ask: only
/// officials (and admins), only inside their jurisdiction; a geological 临灾预报 only by the natural resources office
/// of a county, and approved by a second official of that county or above, of any department; a 地质灾害气象风险预警
/// jointly by natural resources and weather, so either may issue or approve it. An update or an all-clear follows the
/// rules of the warning it changes as well as its own: whoever could not have published or approved that warning may
/// neither change nor lift it, nor approve the change.
/// </summary>
public static class PublishingRules
{
    private static readonly string[] ForecastDepartments = [Departments.NaturalResources];
    private static readonly string[] GeologicalWarningDepartments = [Departments.NaturalResources, Departments.Weather];

    /// <summary>Null when <paramref name="account"/> may issue a warning of this kind here; else why not.</summary>
    /// <param name="referencedKind">For an all-clear, the kind of the warning it lifts.</param>
    public static Refusal? Check(Account account, HazardFamily hazard, string kind, IEnumerable<string> areas, string? referencedKind = null) =>
        Issue(account, hazard, kind == WarningKinds.AllClear ? referencedKind : kind, areas, nameOutside: true);

    /// <summary>
    /// May <paramref name="account"/> create <paramref name="draft"/>, which for an update or all-clear changes
    /// <paramref name="original"/>? The draft's own areas are the caller's input, so those outside are named; the
    /// original's are another official's record, so they are not.
    /// </summary>
    public static Refusal? MayCreate(Account account, WarningDraft draft, Warning? original) =>
        (original is null ? null : Issue(account, original.Family, original.Kind, original.Areas, nameOutside: false))
        ?? Check(account, draft.Hazard, draft.Kind, draft.Areas, original?.Kind);

    /// <summary>May <paramref name="account"/> cancel this unpublished warning: what its issuer needed.</summary>
    public static Refusal? MayCancelDraft(Account account, Warning warning, Warning? original) =>
        (original is null ? null : Issue(account, original.Family, original.Kind, original.Areas, nameOutside: false))
        ?? Issue(account, warning.Family, warning.Kind, warning.Areas, nameOutside: false);

    /// <summary>
    /// May <paramref name="account"/> approve (and so publish) <paramref name="warning"/>? A second official, inside
    /// whose jurisdiction it lies, who meets the approval rule of its kind and of the warning it changes.
    /// </summary>
    public static Refusal? MayApprove(Account account, Warning warning, Warning? original)
    {
        if (!AccountRoles.MayPublish(account.Role)) return NotAnOfficial();
        if (warning.CreatedBy == account.Id)
            return Refusal.Forbidden("不能审批自己起草的预警，须由辖区内另一名官员审批", "The creator cannot approve their own warning; a second official of the jurisdiction must");
        if (!AreaSet.AllUnder(warning.Areas, account.RegionCode)) return OutsideJurisdiction();
        string?[] kinds = [warning.Kind == WarningKinds.AllClear ? null : warning.Kind, original?.Kind];
        foreach (var kind in kinds.Distinct())
            if (ApprovalRule(account, warning.Family, kind) is { } refused) return refused;
        return null;
    }

    /// <summary>
    /// May <paramref name="account"/> update, lift or cancel this published warning? What <see cref="MayCreate"/> asks
    /// of the warning an update or all-clear changes; the console asks it to offer only the actions that will succeed.
    /// </summary>
    public static Refusal? MayChange(Account account, Warning warning) =>
        Issue(account, warning.Family, warning.Kind, warning.Areas, nameOutside: false);

    /// <summary>Sending a warning back to its drafter (退回修改) is the approver's other answer: the same people may give it.</summary>
    public static Refusal? MaySendBack(Account account, Warning warning, Warning? original) => MayApprove(account, warning, original);

    /// <summary>A warning is visible to an account when one of its areas lies under, or contains, the account's jurisdiction.</summary>
    public static bool CanSee(Account account, IEnumerable<string> areas) =>
        areas.Any(a => DivisionCode.Overlaps(account.RegionCode, a));

    /// <summary>Sudden severe weather at the configured levels publishes in one step.</summary>
    public static bool IsGreenChannel(BroadcastOptions options, string eventName, WarningLevel level) =>
        options.EffectiveGreenChannelEvents.Contains(eventName) && options.EffectiveGreenChannelLevels.Contains(level.Key());

    /// <param name="kind">The kind whose rules apply (for an all-clear, the lifted warning's; null: none).</param>
    private static Refusal? Issue(Account account, HazardFamily hazard, string? kind, IEnumerable<string> areas, bool nameOutside)
    {
        if (!AccountRoles.MayPublish(account.Role)) return NotAnOfficial();
        var outside = areas.Where(a => !AreaSet.AllUnder([a], account.RegionCode)).ToList();
        if (outside.Count > 0 && !nameOutside) return OutsideJurisdiction();
        if (outside.Count > 0)
            return Refusal.Forbidden($"区域 {string.Join("、", outside)} 不在您的辖区 {account.RegionCode} 内",
                $"Areas {string.Join(", ", outside)} are outside your jurisdiction {account.RegionCode}");
        if (hazard != HazardFamily.Geological) return null;
        if (kind == WarningKinds.Forecast && !(Department(account, ForecastDepartments) && IsCounty(account)))
            return Refusal.Forbidden("地质灾害临灾预报（及其更新、解除）只能由区县自然资源部门发布",
                "Geological forecasts, and their updates and all-clears, may only be issued by a county's natural resources office");
        if (kind == WarningKinds.Warning && !Department(account, GeologicalWarningDepartments))
            return Refusal.Forbidden("地质灾害气象风险预警（及其更新、解除）只能由自然资源和气象部门发布",
                $"Geological warnings, and their updates and all-clears, may only be issued by: {string.Join(", ", GeologicalWarningDepartments)}");
        return null; // 险情通报: anyone who sees critical danger may warn the people threatened
    }

    /// <summary>
    /// A 临灾预报 is the county's own act: any second official of that county, or of a place above it, may approve
    /// it, whatever their department. Any other kind is approved by someone who could have issued it.
    /// </summary>
    private static Refusal? ApprovalRule(Account account, HazardFamily hazard, string? kind)
    {
        if (hazard != HazardFamily.Geological || kind != WarningKinds.Forecast) return Issue(account, hazard, kind, [], nameOutside: false);
        return DivisionCode.Level(account.RegionCode) <= 3
            ? null
            : Refusal.Forbidden("地质灾害临灾预报须由所在区县（或上级）的另一名官员审批",
                "A geological forecast is approved by a second official of its county, or of a place above it");
    }

    private static bool Department(Account account, string[] allowed) => account.Department is { } d && allowed.Contains(d);

    private static bool IsCounty(Account account) => DivisionCode.Level(account.RegionCode) == 3;

    private static Refusal NotAnOfficial() =>
        Refusal.Forbidden("只有官员账号可以发布预警", "Only official accounts may draft, approve or cancel warnings");

    // Names no place: the areas are someone else's record, and some may be another jurisdiction's.
    private static Refusal OutsideJurisdiction() =>
        Refusal.Forbidden("该预警涉及您辖区以外的区域", "This warning covers places outside your jurisdiction");
}
