namespace Alerts.Identity.Accounts;

/// <summary>Which accounts a list shows: one role or all, revoked or live or both.</summary>
public sealed record AccountFilter(string? Role = null, bool? Revoked = null);
