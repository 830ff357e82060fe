namespace Alerts.Channels.TencentSms;

/// <summary>Every TencentCloud API 3.0 answer is {"Response": …}, with HTTP 200 even for errors.</summary>
internal sealed record TencentEnvelope<T>(T? Response) where T : class;
