namespace Alerts.Monitoring.Measures;

/// <summary>The states a chosen measure moves through (case_measures.state).</summary>
public static class MeasureState
{
    public const string Planned = "planned";
    public const string InProgress = "in_progress";
    public const string Done = "done";
    public const string Dropped = "dropped";

    public static readonly IReadOnlyList<string> All = [Planned, InProgress, Done, Dropped];

    /// <summary>Still to be carried out: a case with such a measure has not finished its help.</summary>
    public static bool IsOpen(string state) => state is Planned or InProgress;

    public static string ToChinese(string? state) => state switch
    {
        Planned => "计划",
        InProgress => "落实中",
        Done => "已落实",
        Dropped => "不再实施",
        null => "未选",
        _ => state,
    };
}
