using System.Text.Json.Serialization;

namespace Alerts.Channels.TencentSms;

/// <summary>Source-generated JSON for the callbacks' snake_case bodies; numbers may come as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(List<StatusReport>))]
[JsonSerializable(typeof(ReplyPush))]
internal sealed partial class TencentCallbackJsonContext : JsonSerializerContext;
