namespace Alerts.Store.Reports;

/// <summary>The drinking-water question's answers (缺水、无水、水质污染 in the Anyi plan). Snake_case in data files.</summary>
public enum WaterSupply
{
    Normal,
    Short,
    None,
    Polluted,
}
