namespace Alerts.Monitoring.Cases;

/// <summary>Why a monitoring step was refused, in Chinese and English; nothing was changed.</summary>
public sealed record CaseRefusal(CaseRefusalKind Kind, string Chinese, string English)
{
    public static CaseRefusal Invalid(string chinese, string english) => new(CaseRefusalKind.Invalid, chinese, english);

    public static CaseRefusal Forbidden(string chinese, string english) => new(CaseRefusalKind.Forbidden, chinese, english);

    public static CaseRefusal Conflict(string chinese, string english) => new(CaseRefusalKind.Conflict, chinese, english);

    /// <summary>Missing, or outside the caller's jurisdiction: both answer the same, so nothing of another place shows.</summary>
    public static CaseRefusal CaseNotFound(long id) =>
        new(CaseRefusalKind.NotFound, $"监测案例 {id} 不存在", $"Monitoring case {id} does not exist");
}
