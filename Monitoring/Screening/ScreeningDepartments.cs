namespace Alerts.Monitoring.Screening;

/// <summary>
/// The offices whose lists feed 部门筛查预警 (policy 002 and 004; anchors §6): civil affairs (民政: 低保, 特困, 临时救助),
/// medical insurance (医保: high out-of-pocket costs), housing (住建: unsafe houses) and water (水利: drinking water).
/// Stored in English; an import may name the office either way.
/// </summary>
public static class ScreeningDepartments
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["civil_affairs"] = "民政",
        ["medical_insurance"] = "医保",
        ["housing"] = "住建",
        ["water"] = "水利",
    };

    /// <summary>The stored word for <paramref name="text"/> (civil_affairs or 民政 …), or null.</summary>
    public static string? Parse(string? text)
    {
        var t = text?.Trim();
        if (t is null) return null;
        if (Chinese.ContainsKey(t)) return t;
        return Chinese.FirstOrDefault(p => p.Value == t).Key;
    }
}
