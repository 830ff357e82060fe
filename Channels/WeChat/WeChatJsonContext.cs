using System.Text.Json.Serialization;

namespace Alerts.Channels.WeChat;

/// <summary>Source-generated JSON for the WeChat API; WeChat's names are snake_case (touser, template_id).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WeChatStableTokenRequest))]
[JsonSerializable(typeof(WeChatTokenResponse))]
[JsonSerializable(typeof(WeChatCustomTextRequest))]
[JsonSerializable(typeof(WeChatTemplateRequest))]
[JsonSerializable(typeof(WeChatSendResponse))]
internal sealed partial class WeChatJsonContext : JsonSerializerContext;
