using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Typed client for the few WeChat endpoints we call. Every 200 is checked for errcode (wechat.md: errors come with
/// HTTP 200). Transport failures map by whether WeChat may have acted: custom sends have no idempotency key, so an
/// unanswered one is Unknown; template sends carry client_msg_id, so retrying is safe and they are Retryable.
/// The access token travels in the query string: never log request URIs.
/// </summary>
internal sealed partial class WeChatApiClient(
    HttpClient http, IOptions<WeChatOptions> options, TimeProvider time, ILogger<WeChatApiClient> logger)
{
    private const string StableTokenPath = "cgi-bin/stable_token";
    private const string CustomSendPath = "cgi-bin/message/custom/send";
    private const string TemplateSendPath = "cgi-bin/message/template/send";

    private readonly WeChatOptions _options = options.Value;

    /// <summary>The stable token: idempotent while valid, so concurrent callers and instances do not clash.</summary>
    public async Task<WeChatTokenResult> GetTokenAsync(CancellationToken ct)
    {
        var request = new WeChatStableTokenRequest("client_credential", _options.AppId ?? "", _options.AppSecret ?? "",
            ForceRefresh: false);
        var (failure, response) = await PostAsync(StableTokenPath, request, WeChatJsonContext.Default.WeChatStableTokenRequest,
            WeChatJsonContext.Default.WeChatTokenResponse, idempotent: true, ct);
        if (failure is not null || response is null)
        {
            return WeChatTokenResult.Fail(failure ?? new SendResult(SendOutcome.Retryable, Code: "empty"));
        }

        var errcode = response.Errcode ?? WeChatErrorCodes.Ok;
        if (errcode != WeChatErrorCodes.Ok)
        {
            var code = errcode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // At this endpoint 40001/40013/40125/40164 mean wrong AppId, secret or egress IP: someone must act.
            var outcome = WeChatErrorCodes.Classify(errcode) == SendOutcome.Retryable && !WeChatErrorCodes.IsTokenError(errcode)
                ? SendOutcome.Retryable
                : SendOutcome.Failed;
            if (outcome == SendOutcome.Failed)
            {
                WeChatLog.TokenCredentialsRefused(logger, code);
            }

            return WeChatTokenResult.Fail(new SendResult(outcome, Code: code, Detail: response.Errmsg,
                RetryAfter: WeChatErrorCodes.RetryAfterHint(errcode)));
        }

        if (string.IsNullOrEmpty(response.AccessToken) || response.ExpiresIn is not > 0)
        {
            return WeChatTokenResult.Fail(new SendResult(SendOutcome.Retryable, Code: "no-token"));
        }

        var token = new CachedToken(response.AccessToken,
            time.GetUtcNow().AddSeconds(response.ExpiresIn.Value));
        WeChatLog.TokenRefreshed(logger, token.ExpiresUtc);
        return WeChatTokenResult.Ok(token);
    }

    public Task<SendResult> SendCustomTextAsync(string accessToken, string openId, string text, CancellationToken ct) =>
        SendAsync(CustomSendPath, accessToken, new WeChatCustomTextRequest(openId, "text", new WeChatTextContent(text)),
            WeChatJsonContext.Default.WeChatCustomTextRequest, idempotent: false, ct);

    public Task<SendResult> SendTemplateAsync(string accessToken, string openId, string templateId,
        IReadOnlyDictionary<string, string> data, string clientMsgId, string? url, CancellationToken ct)
    {
        var values = data.ToDictionary(kv => kv.Key, kv => new WeChatTemplateValue(kv.Value), StringComparer.Ordinal);
        var request = new WeChatTemplateRequest(openId, templateId, clientMsgId, values, url);
        return SendAsync(TemplateSendPath, accessToken, request, WeChatJsonContext.Default.WeChatTemplateRequest,
            idempotent: true, ct);
    }

    private async Task<SendResult> SendAsync<TRequest>(string path, string accessToken, TRequest body,
        JsonTypeInfo<TRequest> requestInfo, bool idempotent, CancellationToken ct)
    {
        var uri = $"{path}?access_token={Uri.EscapeDataString(accessToken)}";
        var (failure, response) = await PostAsync(uri, body, requestInfo, WeChatJsonContext.Default.WeChatSendResponse,
            idempotent, ct);
        if (failure is not null || response is null)
        {
            failure ??= new SendResult(idempotent ? SendOutcome.Retryable : SendOutcome.Unknown, Code: "empty");
            WeChatLog.CallFailed(logger, path, failure.Outcome, failure.Code);
            return failure;
        }

        var errcode = response.Errcode ?? WeChatErrorCodes.Ok;
        if (errcode == WeChatErrorCodes.Ok)
        {
            return SendResult.Sent(response.Msgid?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var result = new SendResult(WeChatErrorCodes.Classify(errcode),
            Code: errcode.ToString(System.Globalization.CultureInfo.InvariantCulture), Detail: response.Errmsg,
            RetryAfter: WeChatErrorCodes.RetryAfterHint(errcode));
        WeChatLog.CallFailed(logger, path, result.Outcome, result.Code);
        return result;
    }

    /// <summary>POSTs JSON; returns the parsed body, or a failure already classified by what WeChat may have done.</summary>
    private async Task<(SendResult? Failure, TResponse? Response)> PostAsync<TRequest, TResponse>(string uri,
        TRequest body, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, bool idempotent,
        CancellationToken ct)
        where TResponse : class
    {
        // Once the request may have reached WeChat, only an idempotent call can be blindly retried.
        var maybeSent = idempotent ? SendOutcome.Retryable : SendOutcome.Unknown;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body, requestInfo) };
            // client_msg_id makes WeChat drop a repeat, so the resilience handler may resend this one after a 5xx.
            request.Options.Set(ResilienceKeys.SafeToRetry, idempotent);
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (new SendResult(SendOutcome.Retryable, Code: "http-429", RetryAfter: RetryAfter(response)), null);
            }

            if (!response.IsSuccessStatusCode)
            {
                var outcome = (int)response.StatusCode >= 500 ? maybeSent : SendOutcome.Failed;
                return (new SendResult(outcome, Code: $"http-{(int)response.StatusCode}"), null);
            }

            var parsed = await response.Content.ReadFromJsonAsync(responseInfo, ct);
            return parsed is null ? (new SendResult(maybeSent, Code: "empty"), null) : (null, parsed);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError
                                                 or HttpRequestError.NameResolutionError)
        {
            // The request never left: always safe to try again.
            return (new SendResult(SendOutcome.Retryable, Code: "connect"), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException)
        {
            return (new SendResult(maybeSent, Code: "transport"), null);
        }
        catch (Exception e) when (e is TimeoutRejectedException ||
                                  (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return (new SendResult(maybeSent, Code: "timeout"), null);
        }
        catch (ExecutionRejectedException)
        {
            // A circuit breaker or rate limiter in the resilience pipeline stopped it before it was sent.
            return (new SendResult(SendOutcome.Retryable, Code: SendResult.RejectedCode), null);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - time.GetUtcNow() : null;
    }
}
