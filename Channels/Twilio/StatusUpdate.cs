using Alerts.Channels.Messages;

namespace Alerts.Channels.Twilio;

/// <summary>One status callback (twilio.md §2). Callbacks repeat and arrive out of order: apply them through
/// <see cref="MessageStatus.ShouldApply"/>.</summary>
/// <param name="Status">Twilio's status in lower case (queued, sent, delivered, undelivered, failed, …).</param>
/// <param name="ErrorCode">Set on failed/undelivered; classify with <see cref="TwilioErrorCodes.ClassifyDelivery"/>.</param>
internal sealed record StatusUpdate(string MessageSid, string Status, int? ErrorCode, string? To)
{
    /// <summary>This callback as a channel-neutral receipt: delivered (or read), failed or unreachable by its error
    /// code, and anything earlier (queued, sent) as still sent.</summary>
    public DeliveryReceipt ToReceipt() => new(ChannelKind.Sms, MessageSid, Status, MessageStatus.Rank(Status),
        Status.ToLowerInvariant() switch
        {
            "delivered" or "read" => ReceiptState.Delivered,
            "undelivered" or "failed" or "canceled" =>
                TwilioErrorCodes.ClassifyDelivery(ErrorCode) == SendOutcome.Unreachable ? ReceiptState.Unreachable : ReceiptState.Failed,
            _ => ReceiptState.Sent,
        },
        ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
