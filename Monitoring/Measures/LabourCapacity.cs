namespace Alerts.Monitoring.Measures;

/// <summary>The words households.labour is stored as, and what a person reads for each.</summary>
public static class LabourCapacity
{
    public const string Full = "full";
    public const string Weak = "weak";
    public const string None = "none";

    public static string ToChinese(string? labour) => labour switch
    {
        Full => "有劳动能力",
        Weak => "弱劳动能力",
        None => "无劳动能力",
        _ => "劳动能力未登记",
    };
}
