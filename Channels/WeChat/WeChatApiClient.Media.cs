using System.Net.Http.Json;
using System.Text.Json;
using Alerts.Channels.Messages;
using Alerts.Channels.Resilience;
using Polly;

namespace Alerts.Channels.WeChat;

internal sealed partial class WeChatApiClient
{
    private const string MediaGetPath = "cgi-bin/media/get";

    /// <summary>
    /// Fetches a temporary media file (cgi-bin/media/get; WeChat keeps them 3 days). The file comes back as its own
    /// content type; an error comes back as a JSON errcode body instead, with HTTP 200. Only images up to
    /// <paramref name="maxBytes"/> are accepted: anything else is refused before it is read whole.
    /// </summary>
    public async Task<WeChatMediaResult> GetMediaAsync(string accessToken, string mediaId, int maxBytes, CancellationToken ct)
    {
        var uri = $"{MediaGetPath}?access_token={Uri.EscapeDataString(accessToken)}&media_id={Uri.EscapeDataString(mediaId)}";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Options.Set(ResilienceKeys.SafeToRetry, true);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode) return Failed(SendOutcome.Retryable, $"http-{(int)response.StatusCode}");
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (!type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
                return await ErrorOrRefusedAsync(response, type, ct);
            if (response.Content.Headers.ContentLength > maxBytes) return Failed(SendOutcome.Failed, "too-large");
            var bytes = await ReadCappedAsync(response, maxBytes, ct);
            return bytes is null
                ? Failed(SendOutcome.Failed, "too-large")
                : new WeChatMediaResult(SendResult.Sent(null), new WeChatMedia(type.ToLowerInvariant(), bytes));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or ExecutionRejectedException ||
                                  (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return Failed(SendOutcome.Retryable, "transport");
        }
    }

    private static async Task<WeChatMediaResult> ErrorOrRefusedAsync(HttpResponseMessage response, string type, CancellationToken ct)
    {
        if (!type.Contains("json", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            return Failed(SendOutcome.Failed, "not-image");
        try
        {
            var body = await response.Content.ReadFromJsonAsync(WeChatJsonContext.Default.WeChatSendResponse, ct);
            var errcode = body?.Errcode ?? WeChatErrorCodes.Ok;
            return errcode == WeChatErrorCodes.Ok
                ? Failed(SendOutcome.Failed, "not-image")
                : Failed(WeChatErrorCodes.Classify(errcode), errcode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (JsonException)
        {
            return Failed(SendOutcome.Failed, "not-image");
        }
    }

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (a missing Content-Length hides nothing).</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, int maxBytes, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static WeChatMediaResult Failed(SendOutcome outcome, string code) => new(new SendResult(outcome, Code: code), null);
}
