namespace Alerts.Monitoring.Cases;

/// <summary>
/// Who asks for a step: the audit actor, the place they answer for (a 12-digit division code), whether they are an
/// official (an admin counts as one) rather than a grid worker, and whether they sit in the rural-revitalisation
/// office (乡村振兴), the office that decides monitoring (see <see cref="CaseSteps"/>). The Host builds it from an account.
/// </summary>
public sealed record CaseCaller(string Actor, string RegionCode, bool IsOfficial, bool IsRuralOffice);
