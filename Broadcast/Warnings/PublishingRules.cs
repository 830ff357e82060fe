using Alerts.Identity.Accounts;

namespace Alerts.Broadcast.Warnings;

/// <summary>
/// Who may publish what (domain.md): only officials; nobody outside their jurisdiction; a geological 临灾预报 only by
/// natural resources; a 地质灾害气象风险预警 jointly by natural resources and weather, so either may issue it. The same
/// rules apply to the approver, who publishes it too.
/// </summary>
public static class PublishingRules
{
    private static readonly string[] ForecastDepartments = [Departments.NaturalResources];
    private static readonly string[] GeologicalWarningDepartments = [Departments.NaturalResources, Departments.Weather];

    /// <summary>Null when <paramref name="account"/> may create, approve or lift this warning; else why not.</summary>
    /// <param name="referencedKind">For an all-clear, the kind of the warning it lifts.</param>
    public static Refusal? Check(Account account, HazardFamily hazard, string kind, IEnumerable<string> areas, string? referencedKind = null)
    {
        if (!AccountRoles.MayPublish(account.Role))
            return Refusal.Forbidden("只有官员账号可以发布预警", "Only official accounts may draft, approve or cancel warnings");
        var outside = areas.Where(a => !AreaSet.AllUnder([a], account.RegionCode)).ToList();
        if (outside.Count > 0)
            return Refusal.Forbidden($"区域 {string.Join("、", outside)} 不在您的辖区 {account.RegionCode} 内",
                $"Areas {string.Join(", ", outside)} are outside your jurisdiction {account.RegionCode}");
        var allowed = hazard == HazardFamily.Geological ? GeologicalDepartments(kind == WarningKinds.AllClear ? referencedKind : kind) : null;
        if (allowed is not null && (account.Department is null || !allowed.Contains(account.Department)))
            return Refusal.Forbidden(
                kind == WarningKinds.Forecast || referencedKind == WarningKinds.Forecast
                    ? "地质灾害临灾预报只能由自然资源部门发布"
                    : "地质灾害气象风险预警只能由自然资源和气象部门发布",
                $"Geological {(referencedKind ?? kind).Replace('_', ' ')}s may only be issued by: {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>A warning is visible to an account when one of its areas lies under, or contains, the account's jurisdiction.</summary>
    public static bool CanSee(Account account, IEnumerable<string> areas)
    {
        var jurisdiction = Store.Regions.DivisionCode.Prefix(account.RegionCode);
        return areas.Any(a => a.StartsWith(jurisdiction, StringComparison.Ordinal) || jurisdiction.StartsWith(a, StringComparison.Ordinal));
    }

    /// <summary>Sudden severe weather at the configured levels publishes in one step.</summary>
    public static bool IsGreenChannel(BroadcastOptions options, string eventName, WarningLevel level) =>
        options.EffectiveGreenChannelEvents.Contains(eventName) && options.EffectiveGreenChannelLevels.Contains(level.Key());

    private static string[]? GeologicalDepartments(string? kind) => kind switch
    {
        WarningKinds.Forecast => ForecastDepartments,
        WarningKinds.Warning => GeologicalWarningDepartments,
        _ => null, // 险情通报: anyone who sees critical danger may warn the people threatened
    };
}
