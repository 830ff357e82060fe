namespace Alerts.Channels.Twilio;

/// <summary>The fields of Twilio's Message resource we read (twilio.md §1). Dates are RFC 2822 strings;
/// num_segments is a string and 0 at creation through a Messaging Service.</summary>
internal sealed record TwilioMessageResource(
    string? Sid,
    string? Status,
    string? To,
    string? From,
    string? Body,
    string? Direction,
    string? DateCreated,
    string? DateSent,
    int? ErrorCode,
    string? ErrorMessage,
    string? NumSegments);
