namespace Alerts.Host.Api;

/// <summary>POST /api/warnings/{id}/cancel: the cancelled warning and, if it had been published, its all-clear.</summary>
internal sealed record CancelResponse(WarningResponse Cancelled, WarningResponse? AllClear);
