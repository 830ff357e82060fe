using Alerts.Channels.Messages;

namespace Alerts.Channels.Twilio;

/// <summary>
/// Maps Twilio's answers to our <see cref="SendOutcome"/> (twilio.md §6). Twilio warns codes may change, so unknown
/// codes fall back to what the HTTP status says.
/// https://www.twilio.com/docs/api/errors
/// </summary>
internal static class TwilioErrorCodes
{
    public const int OptedOut = 21610;

    public static bool IsOptOut(int? twilioCode) => twilioCode == OptedOut;

    /// <summary>Classifies the synchronous answer to POST Messages.json.</summary>
    public static SendOutcome Classify(int httpStatus, int? twilioCode)
    {
        if (httpStatus is >= 200 and < 300)
        {
            return SendOutcome.Sent;
        }

        return twilioCode switch
        {
            // Opted out (until START), invalid To, not SMS-capable, landline: this person, not this channel.
            OptedOut or 21211 or 21614 or 21635 => SendOutcome.Unreachable,
            // Geo permissions, trial/unverified, bad credentials: configuration, a person must act.
            21408 or 21608 or 20003 => SendOutcome.Failed,
            // Too many concurrent requests: "never processed, always safe to retry"; one From over 10 h of queue.
            20429 or 21611 => SendOutcome.Retryable,
            _ => ByHttpStatus(httpStatus),
        };
    }

    /// <summary>Classifies the ErrorCode of a failed/undelivered status callback.</summary>
    public static SendOutcome ClassifyDelivery(int? errorCode) => errorCode switch
    {
        // Queue overflow/expiry, handset unreachable, unknown carrier error, A2P throughput, pumping block: later.
        30001 or 30003 or 30008 or 30022 or 30023 or 30450 => SendOutcome.Retryable,
        // Blocked (opt-out, blocklist), unknown destination, landline/carrier unreachable: try another channel.
        30004 or 30005 or 30006 => SendOutcome.Unreachable,
        // Filtered as spam, account suspended, or anything we do not know: do not repeat blindly.
        _ => SendOutcome.Failed,
    };

    private static SendOutcome ByHttpStatus(int httpStatus) => httpStatus switch
    {
        429 => SendOutcome.Retryable,
        401 or 403 => SendOutcome.Failed,
        // 5xx: Twilio may have created the message; reconcile before resending (twilio.md §6, §10).
        >= 500 => SendOutcome.Unknown,
        >= 400 => SendOutcome.Failed,
        // 1xx/3xx from the API are unexpected; the message may exist, so treat like 5xx.
        _ => SendOutcome.Unknown,
    };
}
