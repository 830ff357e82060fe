using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Alerts.Channels.Twilio;

/// <summary>
/// Typed client for the Twilio Messages API (twilio.md §1). Every answer becomes a <see cref="SendResult"/>; the
/// only exception that escapes is the caller's own cancellation. No retries here: a send POST is retried by the
/// outbox, after reconciling Unknown outcomes with <see cref="FindSentAsync"/>, because Twilio has no idempotency key.
/// </summary>
internal sealed class TwilioApiClient(
    HttpClient http, IOptions<TwilioOptions> options, TimeProvider time, ILogger<TwilioApiClient> logger)
{
    private const int LookupPageSize = 100;
    private const int LookupMaxPages = 5;

    public async Task<SendResult> SendAsync(string to, string body, string? statusCallback, CancellationToken ct)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesPath(settings))
        {
            Content = new FormUrlEncodedContent(SendForm(settings, to, body, statusCallback)),
        };
        var masked = AddressMask.Mask(to);
        try
        {
            using var response = await SendAuthorisedAsync(request, ct);
            return await ReadSendResponseAsync(response, to, masked, ct);
        }
        catch (HttpRequestException e) when (HttpTransience.NeverLeft(e))
        {
            TwilioLog.SendNotSent(logger, masked, e.HttpRequestError.ToString());
            return new SendResult(SendOutcome.Retryable, Code: "network", Detail: e.HttpRequestError.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutRejectedException
                                      || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // The request may have reached Twilio before the connection dropped or the timeout fired (HttpClient's,
            // or the resilience pipeline's attempt or total timeout).
            var reason = e switch
            {
                OperationCanceledException or TimeoutRejectedException => "timeout",
                HttpRequestException http => http.HttpRequestError.ToString(),
                _ => "io",
            };
            TwilioLog.SendAmbiguous(logger, masked, reason);
            return new SendResult(SendOutcome.Unknown, Code: "network", Detail: reason);
        }
        catch (ExecutionRejectedException e)
        {
            // The pipeline's open circuit breaker or full concurrency limiter stopped it before it left.
            TwilioLog.SendNotSent(logger, masked, e.GetType().Name);
            return new SendResult(SendOutcome.Retryable, Code: SendResult.RejectedCode, Detail: e.GetType().Name);
        }
    }

    /// <summary>
    /// Finds an outbound message to <paramref name="to"/> created at or after <paramref name="sentAfterUtc"/> whose
    /// body contains <paramref name="body"/> (China traffic may get a carrier signature added around it).
    /// Uses GET Messages.json?To=…&amp;DateSent&gt;=yyyy-MM-dd (UTC day), newest first, a few pages at most.
    /// </summary>
    public async Task<TwilioLookup> FindSentAsync(string to, DateTimeOffset sentAfterUtc, string body,
        CancellationToken ct)
    {
        var day = sentAfterUtc.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string? path = $"{MessagesPath(options.Value)}?To={Uri.EscapeDataString(to)}"
            + $"&{Uri.EscapeDataString("DateSent>")}={day}&PageSize={LookupPageSize}";
        try
        {
            for (var page = 0; page < LookupMaxPages && path is not null; page++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
                using var response = await SendAuthorisedAsync(request, ct);
                if (!response.IsSuccessStatusCode)
                {
                    TwilioLog.LookupFailed(logger, AddressMask.Mask(to), $"HTTP {(int)response.StatusCode}");
                    return TwilioLookup.NoAnswer;
                }

                var list = await response.Content.ReadFromJsonAsync(TwilioJsonContext.Default.TwilioMessagePage, ct);
                var match = list?.Messages?.FirstOrDefault(m => Matches(m, to, sentAfterUtc, body));
                if (match?.Sid is not null)
                {
                    return new TwilioLookup(true, match.Sid);
                }

                path = list?.NextPageUri;
            }

            return TwilioLookup.NotFound;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException or ExecutionRejectedException
                                      || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            TwilioLog.LookupFailed(logger, AddressMask.Mask(to), e.GetType().Name);
            return TwilioLookup.NoAnswer;
        }
        catch (ExecutionRejectedException e)
        {
            TwilioLog.LookupFailed(logger, AddressMask.Mask(to), e.GetType().Name);
            return TwilioLookup.NoAnswer;
        }
    }

    private static List<KeyValuePair<string, string>> SendForm(TwilioOptions settings, string to, string body,
        string? statusCallback)
    {
        var form = new List<KeyValuePair<string, string>> { new("To", to), new("Body", body) };

        // With a Messaging Service Twilio picks the sender and applies the service's opt-out scope (twilio.md §5).
        form.Add(string.IsNullOrWhiteSpace(settings.MessagingServiceSid)
            ? new("From", settings.From ?? "")
            : new("MessagingServiceSid", settings.MessagingServiceSid));
        if (!string.IsNullOrWhiteSpace(statusCallback))
        {
            form.Add(new("StatusCallback", statusCallback));
        }

        return form;
    }

    private Task<HttpResponseMessage> SendAuthorisedAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var settings = options.Value;
        var credentials = Encoding.UTF8.GetBytes($"{settings.AccountSid}:{settings.AuthToken}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        return http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
    }

    private async Task<SendResult> ReadSendResponseAsync(HttpResponseMessage response, string to, string masked,
        CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var message = await TryReadAsync(response, TwilioJsonContext.Default.TwilioMessageResource, ct);
            if (message?.Sid is null)
            {
                // Accepted, but we cannot tell which message: reconcile rather than resend.
                TwilioLog.SendAmbiguous(logger, masked, $"HTTP {status} without a sid");
                return new SendResult(SendOutcome.Unknown, Code: status.ToString(CultureInfo.InvariantCulture));
            }

            TwilioLog.SendAccepted(logger, message.Sid, masked, message.Status);
            // Twilio sends no callback for the initial status, so it travels in Detail (twilio.md §2).
            return new SendResult(SendOutcome.Sent, message.Sid, Detail: message.Status);
        }

        var error = await TryReadAsync(response, TwilioJsonContext.Default.TwilioErrorResponse, ct);
        var outcome = TwilioErrorCodes.Classify(status, error?.Code);
        var level = outcome == SendOutcome.Failed ? LogLevel.Error
            : outcome == SendOutcome.Unreachable ? LogLevel.Information : LogLevel.Warning;
        TwilioLog.SendRefused(logger, level, masked, status, error?.Code, outcome.ToString());

        // Twilio's messages quote the number ("The 'To' number +86… is not valid"); keep it out of stored text.
        var detail = $"HTTP {status}: {error?.Message}".Replace(to, masked, StringComparison.Ordinal);
        var code = error?.Code?.ToString(CultureInfo.InvariantCulture) ?? status.ToString(CultureInfo.InvariantCulture);
        return new SendResult(outcome, Code: code, Detail: detail, RetryAfter: RetryAfter(response))
        {
            RecipientOptedOut = TwilioErrorCodes.IsOptOut(error?.Code),
        };
    }

    private static async Task<T?> TryReadAsync<T>(HttpResponseMessage response,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken ct) where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, ct);
        }
        catch (JsonException)
        {
            // Proxies and load balancers answer with HTML; the HTTP status still classifies the outcome.
            return null;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? TimeSpan.FromTicks(Math.Max(0, (date - time.GetUtcNow()).Ticks)) : null;
    }

    private static bool Matches(TwilioMessageResource m, string to, DateTimeOffset sentAfterUtc, string body) =>
        string.Equals(m.To, to, StringComparison.Ordinal)
        && m.Direction?.StartsWith("outbound", StringComparison.Ordinal) == true
        && m.Body?.Contains(body, StringComparison.Ordinal) == true
        && (!DateTimeOffset.TryParse(m.DateCreated, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var created)
            // RFC 2822 dates have whole seconds; allow for that truncation.
            || created >= sentAfterUtc.AddSeconds(-1));

    private static string MessagesPath(TwilioOptions settings) =>
        $"2010-04-01/Accounts/{Uri.EscapeDataString(settings.AccountSid ?? "")}/Messages.json";
}
