namespace Alerts.Monitoring.Cases;

/// <summary>What kind of no a <see cref="CaseRefusal"/> is: bad input, not yours to do, not there, not now.</summary>
public enum CaseRefusalKind
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}
