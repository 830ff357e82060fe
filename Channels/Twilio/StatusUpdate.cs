namespace Alerts.Channels.Twilio;

/// <summary>One status callback (twilio.md §2). Callbacks repeat and arrive out of order: apply them through
/// <see cref="MessageStatus.ShouldApply"/>.</summary>
/// <param name="Status">Twilio's status in lower case (queued, sent, delivered, undelivered, failed, …).</param>
/// <param name="ErrorCode">Set on failed/undelivered; classify with <see cref="TwilioErrorCodes.ClassifyDelivery"/>.</param>
internal sealed record StatusUpdate(string MessageSid, string Status, int? ErrorCode, string? To);
