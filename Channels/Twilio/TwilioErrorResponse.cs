namespace Alerts.Channels.Twilio;

/// <summary>Twilio's JSON error body on 4xx/5xx: code (e.g. 21610), message, more_info, status.</summary>
internal sealed record TwilioErrorResponse(int? Code, string? Message, string? MoreInfo, int? Status);
