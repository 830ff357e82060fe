namespace Alerts.Incidents.Figures;

/// <summary>
/// An incident's figures as the store names them (incident_figure_settings.figure), with what people read: the name,
/// the unit. 灾情 is graded on deaths and direct loss, 险情 on people to relocate and potential loss (art. 5).
/// </summary>
public static class FigureKeys
{
    public const string Deaths = "deaths";
    public const string Injured = "injured";
    public const string Missing = "missing";
    public const string ToRelocate = "to_relocate";
    public const string HousesCollapsed = "houses_collapsed";
    public const string HousesUnsafe = "houses_unsafe";
    public const string DirectLoss = "direct_loss";
    public const string PotentialLoss = "potential_loss";

    /// <summary>Every figure, in the order a report up lists them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Deaths, Injured, Missing, ToRelocate, HousesCollapsed, HousesUnsafe, DirectLoss, PotentialLoss];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key);

    public static string ToChinese(string key) => key switch
    {
        Deaths => "死亡",
        Injured => "受伤",
        Missing => "失踪",
        ToRelocate => "需转移",
        HousesCollapsed => "倒塌房屋",
        HousesUnsafe => "危房",
        DirectLoss => "直接经济损失",
        PotentialLoss => "可能经济损失",
        _ => key,
    };

    /// <summary>人 for people, 户 for houses (a report speaks for one household's house), 元 for money.</summary>
    public static string Unit(string key) => key switch
    {
        HousesCollapsed or HousesUnsafe => "户",
        DirectLoss or PotentialLoss => "元",
        _ => "人",
    };
}
