namespace Alerts.Bot.Reports;

/// <summary>The drinking-water question's answers (缺水、无水、水质污染 in the Anyi plan). Snake_case in data files.</summary>
internal enum WaterSupply
{
    Normal,
    Short,
    None,
    Polluted,
}
