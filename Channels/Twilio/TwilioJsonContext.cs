using System.Text.Json.Serialization;

namespace Alerts.Channels.Twilio;

/// <summary>Source-generated (trim- and AOT-safe) JSON for Twilio's snake_case resources. Numbers may arrive as
/// strings in some Twilio payloads, so both are read.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TwilioMessageResource))]
[JsonSerializable(typeof(TwilioErrorResponse))]
[JsonSerializable(typeof(TwilioMessagePage))]
internal sealed partial class TwilioJsonContext : JsonSerializerContext;
