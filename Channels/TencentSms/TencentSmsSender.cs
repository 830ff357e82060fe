using Alerts.Channels.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// Sends mainland SMS through Tencent Cloud: each message as its purpose's approved template
/// (<see cref="TencentSmsTemplates"/>), with its idempotency key as SessionContext so a receipt can name it. Tencent
/// has no deduplication, so a send in doubt is settled by a receipt or the status pull where they carry the key;
/// otherwise it is resent only after <see cref="TencentSmsOptions.ReceiptWait"/>, as a possible duplicate.
/// Transient, like the typed client.
/// </summary>
internal sealed class TencentSmsSender(TencentSmsApiClient client, IOptions<TencentSmsOptions> options, TimeProvider time,
    ILogger<TencentSmsSender> logger) : IMessageSender
{
    /// <summary>A pull looks this far before the first attempt: clocks differ, and Tencent stamps the report itself.</summary>
    private static readonly TimeSpan PullSlack = TimeSpan.FromMinutes(1);

    public ChannelKind Channel => ChannelKind.Sms;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        if (message.Channel != ChannelKind.Sms)
            throw new ArgumentException($"TencentSmsSender sends SMS, not {message.Channel}.", nameof(message));
        var settings = options.Value;
        if (!settings.IsConfigured)
            return Task.FromResult(new SendResult(SendOutcome.Failed, Code: "not-configured",
                Detail: "TencentSms SecretId, SecretKey, SmsSdkAppId and SignName are required."));
        // Mainland numbers only: a domestic signature and templates reach no other (tencent-sms.md §1).
        if (MainlandPhone.Parse(message.Address) is not { } phone || phone != message.Address)
            return Task.FromResult(new SendResult(SendOutcome.Unreachable, Code: "InvalidParameterValue.IncorrectPhoneNumber",
                Detail: "not a mainland mobile number in E.164"));
        if (TencentSmsTemplates.Fill(settings, message, out var code, out var refusal) is not { } fill)
        {
            TencentSmsLog.NoTemplate(logger, message.Purpose.Key(), refusal ?? "");
            return Task.FromResult(new SendResult(SendOutcome.Failed, Code: code, Detail: refusal));
        }

        return client.SendAsync(phone, fill.TemplateId, fill.Params, message.IdempotencyKey, ct);
    }

    public IReadOnlyList<OutboundMessage> Split(OutboundMessage message) => TencentSmsTemplates.Split(options.Value, message);

    /// <summary>
    /// Where Tencent echoes SessionContext, the number's status reports since the first attempt settle it: ours is
    /// there, so it went. Nothing else can: Tencent keeps no record we can ask for by our key, and a report without
    /// the key could be any of our messages to that number. So until <see cref="TencentSmsOptions.ReceiptWait"/> has
    /// passed with no receipt, ask again later; after it, resend as a possible duplicate (README, "Unknown outcomes").
    /// </summary>
    public async Task<Reconciliation> ReconcileAsync(OutboundMessage message, DoubtfulSend send, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsConfigured || MainlandPhone.Parse(message.Address) is not { } phone) return Reconciliation.SendAgain;
        if (settings.SessionContextEchoed)
        {
            var reports = await client.PullAsync(phone, send.FirstAttemptUtc - PullSlack, ct);
            var ours = reports?.FirstOrDefault(r => r.SessionContext == message.IdempotencyKey && r.SerialNo is { Length: > 0 });
            if (ours is not null) return new Reconciliation(ReconcileVerdict.Sent, ours.SerialNo);
        }

        return time.GetUtcNow() - send.LatestSendUtc < settings.ReceiptWait ? Reconciliation.AskLater : Reconciliation.ResendUnconfirmed;
    }
}
