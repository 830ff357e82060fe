using System.Text.Json.Nodes;

namespace Alerts.Fakes.TencentSms;

/// <summary>Status reports (状态回执) and replies (上行短信), posted as Tencent's callbacks post them.</summary>
public sealed partial class FakeTencentSmsServer
{
    private const string Delivered = "DELIVRD";
    private const string DeliveredText = "用户短信送达成功";

    // Tencent retries a failed push twice (tencent-sms.md §7a); the receiver must deduplicate on sid.
    private const int ReceiptAttempts = 3;

    private (Uri? Url, TimeSpan Delay)? receiptPlan;
    private int receiptsPosted;

    /// <summary>Receipt pushes the receiver accepted (HTTP 2xx and result 0).</summary>
    public int ReceiptsPosted => Volatile.Read(ref receiptsPosted);

    /// <summary>
    /// From now on, as a carrier would: each accepted message's status report (SUCCESS, DELIVRD) exists
    /// <paramref name="delay"/> after it was created, measured on the fake's clock (default: at once). It is posted
    /// to <paramref name="callbackUrl"/> then (retried twice if not accepted), or with no URL it only becomes visible
    /// to PullSmsSendStatusByPhoneNumber.
    /// </summary>
    public void PostReceipts(Uri? callbackUrl, TimeSpan? delay = null)
    {
        lock (gate)
        {
            receiptPlan = (callbackUrl, delay ?? TimeSpan.Zero);
        }
    }

    /// <summary>Posts one report for <paramref name="message"/> now (and records it for the pull API).</summary>
    public Task<HttpResponseMessage> PostReceiptAsync(Uri url, FakeTencentSms message, bool success = true,
        string errmsg = Delivered, CancellationToken ct = default) =>
        PostReceiptsAsync(url, [message], success, errmsg, ct);

    /// <summary>Posts one push carrying a report for each message (Tencent batches up to 100).</summary>
    public Task<HttpResponseMessage> PostReceiptsAsync(Uri url, IReadOnlyList<FakeTencentSms> batch, bool success = true,
        string errmsg = Delivered, CancellationToken ct = default)
    {
        var now = Time.GetUtcNow();
        var items = new JsonArray();
        foreach (var message in batch)
        {
            var report = new FakeTencentReport(message, success, errmsg,
                success ? DeliveredText : "用户短信送达失败", now, now);
            AddReport(report);
            items.Add(Callbacks.ReceiptItem(report));
        }

        return Callbacks.PostAsync(url, items.ToJsonString(), ct);
    }

    /// <summary>Posts any body as it is (forged or malformed callbacks).</summary>
    public Task<HttpResponseMessage> PostRawAsync(Uri url, string json, CancellationToken ct = default) =>
        Callbacks.PostAsync(url, json, ct);

    /// <summary>A villager's reply from an 11-digit mobile; returns the receiver's response for assertions.</summary>
    public Task<HttpResponseMessage> PostReplyAsync(Uri url, string mobile11Digits, string text,
        DateTimeOffset? time = null, CancellationToken ct = default) =>
        Callbacks.PostAsync(url, Callbacks.Reply(mobile11Digits, text, time ?? Time.GetUtcNow()).ToJsonString(), ct);

    private void ScheduleReceipt(FakeTencentSms message)
    {
        (Uri? Url, TimeSpan Delay)? plan;
        lock (gate)
        {
            plan = receiptPlan;
        }

        if (plan is not { } p)
        {
            return;
        }

        if (p.Url is null)
        {
            var at = message.CreatedUtc + p.Delay;
            AddReport(new FakeTencentReport(message, true, Delivered, DeliveredText, at, at));
            return;
        }

        _ = PostLaterAsync(p.Url, message, p.Delay);
    }

    private async Task PostLaterAsync(Uri url, FakeTencentSms message, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, Time);
            for (var attempt = 0; attempt < ReceiptAttempts; attempt++)
            {
                using var response = await PostReceiptAsync(url, message);
                if (await FakeTencentCallbacks.AcceptedAsync(response, CancellationToken.None))
                {
                    Interlocked.Increment(ref receiptsPosted);
                    return;
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ObjectDisposedException)
        {
            // The Host may be stopping; a lost receipt is something Tencent can do too.
        }
    }
}
