using System.Text.Json.Serialization;

namespace Alerts.Bot.Guidance;

// Disallow unmapped members: a misspelt condition key ("hazzard") must fail the tests, not quietly match everything.
// Comments and trailing commas stay refused (the defaults), so the file also reads in jq and editors' JSON mode.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(GuidanceFileData))]
internal sealed partial class GuidanceJsonContext : JsonSerializerContext;
