namespace Alerts.Host.Api;

/// <summary>GET /api/warnings: one page of the warnings the caller may see, newest first, and how many there are.</summary>
internal sealed record WarningListResponse(IReadOnlyList<WarningResponse> Items, int Page, int PageSize, long Total);
