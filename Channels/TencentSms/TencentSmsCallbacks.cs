using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Alerts.Channels.Messages;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// Reads Tencent's two callbacks (tencent-sms.md §7). Tencent signs neither, so the secret path token is all that
/// admits one: compared in constant time (the hashes of both, so not even its length shows). A reply carries no
/// message id, so its identity is (mobile, time, text): a retried push is the same message, recognised by the inbound
/// log's unique id.
/// </summary>
internal sealed class TencentSmsCallbacks(IOptions<TencentSmsOptions> options)
{
    /// <summary>True when <paramref name="presented"/> is the configured token; always false with none configured.</summary>
    public bool Admits(string? presented)
    {
        var expected = options.Value.CallbackToken;
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(presented)) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    /// <summary>The receipts of a 状态回执 push, or null when it is not one.</summary>
    public static IReadOnlyList<DeliveryReceipt>? ReadReceipts(ReadOnlySpan<byte> body)
    {
        List<StatusReport>? reports;
        try
        {
            reports = JsonSerializer.Deserialize(body, TencentCallbackJsonContext.Default.ListStatusReport);
        }
        catch (JsonException)
        {
            return null;
        }

        if (reports is null || reports.Any(r => string.IsNullOrWhiteSpace(r?.Sid) || r.ReportStatus is not ("SUCCESS" or "FAIL")))
            return null;
        return reports.Select(r => new DeliveryReceipt(ChannelKind.Sms, r.Sid!, r.ReportStatus!,
            r.ReportStatus == "SUCCESS" ? 2 : 1, r.ReportStatus == "SUCCESS" ? ReceiptState.Delivered : ReceiptState.Failed,
            r.ReportStatus == "SUCCESS" ? null : r.Errmsg)
        {
            IdempotencyKey = string.IsNullOrWhiteSpace(r.Ext) ? null : r.Ext,
        }).ToList();
    }

    /// <summary>A 上行短信 push as an inbound SMS, or null when it is not one (or not from a mainland mobile).</summary>
    public static InboundMessage? ReadReply(ReadOnlySpan<byte> body)
    {
        ReplyPush? push;
        try
        {
            push = JsonSerializer.Deserialize(body, TencentCallbackJsonContext.Default.ReplyPush);
        }
        catch (JsonException)
        {
            return null;
        }

        if (push is not { Mobile: { } mobile, Text: { } text } || push.Time <= 0) return null;
        var nation = string.IsNullOrWhiteSpace(push.Nationcode) ? "86" : push.Nationcode.Trim();
        if (nation != "86" || MainlandPhone.Parse(mobile) is not { } phone) return null;
        var sent = DateTimeOffset.FromUnixTimeSeconds(push.Time);
        return new InboundMessage(ChannelKind.Sms, phone, IdOf(phone, push.Time, text), InboundKind.Text, text, sent);
    }

    /// <summary>"tc-" and the first 32 hex digits of SHA-256 over (mobile, time, text): the same push, the same id.</summary>
    internal static string IdOf(string phone, long time, string text) =>
        "tc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{phone}\n{time.ToString(CultureInfo.InvariantCulture)}\n{text}")))[..32];
}
