using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Alerts.Channels.TencentSms;

/// <summary>
/// Typed client for Tencent Cloud SMS (tencent-sms.md): SendSms to one number at a time, and the by-number status
/// pull. Every answer becomes a <see cref="SendResult"/>; the only exception that escapes is the caller's own
/// cancellation. A send is never retried here: Tencent has no idempotency key (§9), so a send in doubt is the
/// outbox's to settle.
/// </summary>
internal sealed class TencentSmsApiClient(
    HttpClient http, IOptions<TencentSmsOptions> options, TimeProvider time, ILogger<TencentSmsApiClient> logger)
{
    private const string ContentType = "application/json; charset=utf-8";
    private const string Version = "2021-01-11";

    public async Task<SendResult> SendAsync(string phone, string templateId, IReadOnlyList<string> parameters,
        string sessionContext, CancellationToken ct)
    {
        var o = options.Value;
        var body = JsonSerializer.SerializeToUtf8Bytes(new SendSmsRequest([phone], o.SmsSdkAppId!, o.SignName!, templateId,
            parameters, sessionContext), TencentSmsJsonContext.Default.SendSmsRequest);
        var masked = AddressMask.Mask(phone);
        try
        {
            using var request = Signed("SendSms", body, safeToRetry: false);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var answer = await ReadAsync(response, TencentSmsJsonContext.Default.TencentEnvelopeSendSmsResponse, ct);
            return Interpret(answer, response, masked);
        }
        catch (HttpRequestException e) when (HttpTransience.NeverLeft(e))
        {
            TencentSmsLog.SendNotSent(logger, masked, e.HttpRequestError.ToString());
            return new SendResult(SendOutcome.Retryable, Code: "network", Detail: e.HttpRequestError.ToString());
        }
        catch (ExecutionRejectedException e) when (e is not TimeoutRejectedException)
        {
            // The pipeline's open circuit breaker or full concurrency limiter stopped it before it left.
            TencentSmsLog.SendNotSent(logger, masked, e.GetType().Name);
            return new SendResult(SendOutcome.Retryable, Code: SendResult.RejectedCode, Detail: e.GetType().Name);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutRejectedException
                                      || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // It may have reached Tencent before the connection dropped or a timeout fired.
            var reason = e is OperationCanceledException or TimeoutRejectedException ? "timeout" : e.GetType().Name;
            TencentSmsLog.SendAmbiguous(logger, masked, reason);
            return new SendResult(SendOutcome.Unknown, Code: "network", Detail: reason);
        }
    }

    /// <summary>The number's status reports from <paramref name="sinceUtc"/> to now (at most 7 days back), or null
    /// when Tencent could not be asked.</summary>
    public async Task<IReadOnlyList<PulledStatus>?> PullAsync(string phone, DateTimeOffset sinceUtc, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var since = sinceUtc < now.AddDays(-7) ? now.AddDays(-7).AddMinutes(1) : sinceUtc;
        var body = JsonSerializer.SerializeToUtf8Bytes(new PullStatusRequest(since.ToUnixTimeSeconds(), 0, 100, phone,
            o.SmsSdkAppId!, now.ToUnixTimeSeconds() + 1), TencentSmsJsonContext.Default.PullStatusRequest);
        try
        {
            using var request = Signed("PullSmsSendStatusByPhoneNumber", body, safeToRetry: true);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var answer = await ReadAsync(response, TencentSmsJsonContext.Default.TencentEnvelopePullStatusResponse, ct);
            if (answer is { Error: null, PullSmsSendStatusSet: { } set }) return set;
            TencentSmsLog.PullFailed(logger, AddressMask.Mask(phone), answer?.Error?.Code ?? $"HTTP {(int)response.StatusCode}");
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or ExecutionRejectedException
                                      || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            TencentSmsLog.PullFailed(logger, AddressMask.Mask(phone), e.GetType().Name);
            return null;
        }
    }

    private SendResult Interpret(SendSmsResponse? answer, HttpResponseMessage response, string masked)
    {
        var status = answer?.SendStatusSet is [var only] ? only : null;
        var code = answer?.Error?.Code ?? status?.Code;
        if (code is null)
        {
            // No readable answer: a proxy's page, a 5xx. Tencent answers HTTP 200 even for errors, so it may have sent.
            var http = (int)response.StatusCode;
            TencentSmsLog.SendAmbiguous(logger, masked, $"HTTP {http} without an answer");
            return new SendResult(SendOutcome.Unknown, Code: http.ToString(CultureInfo.InvariantCulture), Detail: "no readable answer");
        }

        var outcome = TencentSmsCodes.Classify(code);
        if (outcome == SendOutcome.Sent && status?.SerialNo is { Length: > 0 } serial)
        {
            TencentSmsLog.SendAccepted(logger, serial, masked, status.Fee);
            return SendResult.Sent(serial);
        }

        var message = answer?.Error?.Message ?? status?.Message ?? "";
        var window = TencentSmsCodes.Window(code, time.GetUtcNow());
        TencentSmsLog.SendRefused(logger, outcome == SendOutcome.Failed ? LogLevel.Error : LogLevel.Warning, masked, code,
            outcome.ToString());
        return outcome == SendOutcome.Sent
            ? new SendResult(SendOutcome.Unknown, Code: code, Detail: "Ok without a SerialNo")
            : new SendResult(outcome, Code: code, Detail: Redact(message), RetryAfter: window)
            {
                RecipientOptedOut = code == TencentSmsCodes.OptedOut,
                WindowLimited = window is not null,
            };
    }

    /// <summary>A signed POST of <paramref name="body"/> to "/" (tencent-sms.md §3).</summary>
    private HttpRequestMessage Signed(string action, byte[] body, bool safeToRetry)
    {
        var o = options.Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var host = new Uri(http.BaseAddress!, "/").Authority;
        request.Headers.TryAddWithoutValidation("Authorization",
            Tc3Signer.Authorization(o.SecretId!, o.SecretKey!, "sms", host, ContentType, timestamp, body));
        request.Headers.Add("X-TC-Action", action);
        request.Headers.Add("X-TC-Version", Version);
        request.Headers.Add("X-TC-Region", o.Region);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        // The pull only reads, so the resilience pipeline may repeat it; a send never.
        if (safeToRetry) request.Options.Set(ResilienceKeys.SafeToRetry, true);
        return request;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<TencentEnvelope<T>> type,
        CancellationToken ct) where T : class
    {
        try
        {
            var envelope = await JsonSerializer.DeserializeAsync(await response.Content.ReadAsStreamAsync(ct), type, ct);
            return envelope?.Response;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Tencent's messages may quote the number; digits runs of a phone's length are masked before they are stored.
    private static string Redact(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\+?\d{11,13}", m => AddressMask.Mask(m.Value));
}
