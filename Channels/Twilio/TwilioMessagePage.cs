namespace Alerts.Channels.Twilio;

/// <summary>One page of GET Messages.json; next_page_uri is a path with query, or null on the last page.</summary>
internal sealed record TwilioMessagePage(IReadOnlyList<TwilioMessageResource>? Messages, string? NextPageUri);
