using System.Text.Json.Serialization;

namespace Alerts.Channels.TencentSms;

/// <summary>Source-generated JSON for the API's PascalCase bodies.</summary>
[JsonSerializable(typeof(SendSmsRequest))]
[JsonSerializable(typeof(PullStatusRequest))]
[JsonSerializable(typeof(TencentEnvelope<SendSmsResponse>))]
[JsonSerializable(typeof(TencentEnvelope<PullStatusResponse>))]
internal sealed partial class TencentSmsJsonContext : JsonSerializerContext;
