using Alerts.Broadcast.Recipients;

namespace Alerts.Host.Api;

/// <summary>GET /api/warnings/{id}: the warning and its outbox (by state, by channel, per village).</summary>
internal sealed record WarningDetailsResponse(WarningResponse Warning, DeliveryReport Deliveries);
