namespace Alerts.Channels.TencentSms;

internal sealed record PullStatusResponse(IReadOnlyList<PulledStatus>? PullSmsSendStatusSet, TencentError? Error, string? RequestId);
