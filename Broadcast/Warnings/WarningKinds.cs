namespace Alerts.Broadcast.Warnings;

/// <summary>The values of <c>warnings.kind</c>: 预警, 临灾预报, 险情通报, 解除.</summary>
public static class WarningKinds
{
    public const string Warning = "warning";             // 预警 (for geological hazards: 地质灾害气象风险预警)
    public const string Forecast = "forecast";           // 临灾预报 imminent-disaster forecast
    public const string DangerNotice = "danger_notice";  // 险情通报
    public const string AllClear = "all_clear";          // 解除

    public static readonly string[] All = [Warning, Forecast, DangerNotice, AllClear];

    public static string ChineseName(string kind) => kind switch
    {
        Forecast => "临灾预报",
        DangerNotice => "险情通报",
        AllClear => "解除",
        _ => "预警",
    };
}
