namespace Alerts.Incidents.Core;

/// <summary>Why an incident action was refused, in Chinese and English; nothing was changed.</summary>
public sealed record IncidentRefusal(IncidentRefusalKind Kind, string Chinese, string English)
{
    public static IncidentRefusal Invalid(string chinese, string english) => new(IncidentRefusalKind.Invalid, chinese, english);

    public static IncidentRefusal Forbidden(string chinese, string english) => new(IncidentRefusalKind.Forbidden, chinese, english);

    public static IncidentRefusal Conflict(string chinese, string english) => new(IncidentRefusalKind.Conflict, chinese, english);

    /// <summary>Missing, or outside the caller's jurisdiction: both answer the same, so nothing of another place shows.</summary>
    public static IncidentRefusal NotFound(string chinese, string english) => new(IncidentRefusalKind.NotFound, chinese, english);

    public static IncidentRefusal IncidentNotFound(long id) =>
        NotFound($"事件 {IncidentNumber.Of(id)} 不存在", $"Incident {IncidentNumber.Of(id)} does not exist");
}

/// <summary>What kind of no an <see cref="IncidentRefusal"/> is: bad input, not yours to do, not there, not now.</summary>
public enum IncidentRefusalKind
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}
