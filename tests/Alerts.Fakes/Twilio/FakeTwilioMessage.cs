namespace Alerts.Fakes.Twilio;

/// <summary>A message the fake created, as Twilio would list it.</summary>
public sealed record FakeTwilioMessage(string Sid, string To, string? From, string? MessagingServiceSid, string Body,
    string Status, DateTimeOffset CreatedUtc, string? StatusCallback);
