using Alerts.Channels.Twilio;
using Alerts.Host.Inbound;
using Alerts.Host.Logging;
using Alerts.Host.Outbound;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Webhooks;

/// <summary>
/// Twilio's webhooks: POST /sms/twilio (an inbound SMS, answered with TwiML) and POST /sms/twilio/status (delivery
/// status callbacks). Both validate X-Twilio-Signature over the public URL before reading the form's meaning.
/// </summary>
internal static class TwilioEndpoints
{
    private const string SignatureHeader = "X-Twilio-Signature";
    // Twilio waits 15 s for TwiML; a slower turn is answered with an empty <Response/> and sent through the API.
    private static readonly TimeSpan ReplyBudget = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapTwilio(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sms/twilio", ReceiveAsync);
        app.MapPost("/sms/twilio/status", StatusAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, TwilioWebhook webhook, InboundPipeline pipeline,
        IOptions<TwilioOptions> options, ILogger<TwilioWebhook> logger)
    {
        var ct = request.HttpContext.RequestAborted;
        var (form, unreadable) = await ReadFormAsync(request, options.Value.MaxBodyBytes, ct);
        if (form is null) return Refused(logger, unreadable, unreadable == 413 ? "body too large" : "not a form");
        var opened = webhook.OpenInbound(PublicUrl(request, options.Value), request.Headers[SignatureHeader], form);
        if (opened.Verdict != WebhookVerdict.Ok) return Refused(logger, StatusOf(opened.Verdict), opened.Reason);

        var texts = await pipeline.ProcessAsync(opened.Value!, ReplyBudget, ct);
        return Results.Text(texts.Count == 0 ? TwiML.Empty : TwiML.Messages(texts), TwiML.ContentType);
    }

    private static async Task<IResult> StatusAsync(HttpRequest request, TwilioWebhook webhook, Receipts receipts,
        IOptions<TwilioOptions> options, ILogger<TwilioWebhook> logger)
    {
        var ct = request.HttpContext.RequestAborted;
        var (form, unreadable) = await ReadFormAsync(request, options.Value.MaxBodyBytes, ct);
        if (form is null) return Refused(logger, unreadable, unreadable == 413 ? "body too large" : "not a form");
        var opened = webhook.OpenStatus(PublicUrl(request, options.Value), request.Headers[SignatureHeader], form);
        if (opened.Verdict != WebhookVerdict.Ok) return Refused(logger, StatusOf(opened.Verdict), opened.Reason);

        await receipts.ApplyAsync(opened.Value!.ToReceipt(), ct);
        return Results.Ok();
    }

    /// <summary>
    /// The URL Twilio signed: Twilio:WebhookBaseUrl + path + query when set (behind a TLS-terminating proxy the
    /// request we see is not the one Twilio made), else the request's own URL.
    /// </summary>
    internal static string PublicUrl(HttpRequest request, TwilioOptions options)
    {
        var pathAndQuery = request.PathBase + request.Path + request.QueryString;
        return options.WebhookBaseUrl is { Length: > 0 } baseUrl
            ? baseUrl.TrimEnd('/') + pathAndQuery
            : $"{request.Scheme}://{request.Host}{pathAndQuery}";
    }

    /// <summary>The form's pairs, or null and the status to refuse with: 413 too large, 400 not a form.</summary>
    private static async Task<(List<KeyValuePair<string, string>>? Form, int Status)> ReadFormAsync(HttpRequest request,
        int max, CancellationToken ct)
    {
        var body = await RequestBody.ReadCappedAsync(request, max, ct);
        if (body.Length > max) return (null, StatusCodes.Status413PayloadTooLarge);
        var pairs = new List<KeyValuePair<string, string>>();
        try
        {
            using var reader = new FormReader(System.Text.Encoding.UTF8.GetString(body));
            while (await reader.ReadNextPairAsync(ct) is { } pair) pairs.Add(new(pair.Key, pair.Value));
        }
        catch (InvalidDataException)
        {
            // FormReader refuses keys over 2 KiB by throwing; Twilio never sends one, and it must not become a 500.
            return (null, StatusCodes.Status400BadRequest);
        }

        return (pairs, StatusCodes.Status200OK);
    }

    private static int StatusOf(WebhookVerdict verdict) =>
        verdict == WebhookVerdict.Malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;

    private static IResult Refused(ILogger logger, int status, string? reason)
    {
        Log.WebhookRefused(logger, "sms", status, reason ?? "");
        return Results.StatusCode(status);
    }
}
