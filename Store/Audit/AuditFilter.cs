namespace Alerts.Store.Audit;

/// <summary>
/// Which audit entries a page shows: actor (its id such as <c>account:7</c>, or part of its name), action, subject
/// (exact, e.g. <c>person:12</c>), and a range of times [From, To).
/// </summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, string? Subject = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null);
