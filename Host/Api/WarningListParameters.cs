namespace Alerts.Host.Api;

/// <summary>The query of GET /api/warnings, as text, so a value that is no number or name is refused, not dropped.</summary>
internal sealed record WarningListParameters(
    string? State, string? Hazard, string? Level, string? Area, string? From, string? To, string? Page, string? PageSize);
