namespace Alerts.Incidents.Figures;

/// <summary>
/// One figure of an incident: what the records say (null when no record speaks to it: unknown, never 0), where each
/// part comes from ("报告100012：死亡1"), and what an official set by hand, which is in force over the records.
/// </summary>
public sealed record IncidentFigure(string Key, FigureRange? FromRecords, IReadOnlyList<string> Sources, FigureSetting? Set)
{
    public string Name => FigureKeys.ToChinese(Key);

    public string Unit => FigureKeys.Unit(Key);

    /// <summary>The value in force: the official's when set, else the records'; null when unknown.</summary>
    public FigureRange? InForce => Set?.Range ?? FromRecords;

    /// <summary>"需转移：520人" or "失踪：未记录"; a range reads "3000–5000元".</summary>
    public string Line => $"{Name}：{(InForce is { } v ? v + Unit : "未记录")}";
}
