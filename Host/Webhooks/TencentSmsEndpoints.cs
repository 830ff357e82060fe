using Alerts.Channels.TencentSms;
using Alerts.Host.Inbound;
using Alerts.Host.Logging;
using Alerts.Host.Outbound;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Webhooks;

/// <summary>
/// Tencent Cloud SMS callbacks (tencent-sms.md §7): POST /sms/tencent/{token}/status (状态回执, a JSON array) and
/// POST /sms/tencent/{token}/reply (上行短信, one JSON object). Tencent signs neither, so the secret token in the path
/// admits them; a wrong one is answered exactly like a path that does not exist. Both answer {"result":0} only once
/// what they carry is stored, so a push that failed is pushed again.
/// </summary>
internal static class TencentSmsEndpoints
{
    private static readonly object Accepted = new { result = 0, errmsg = "OK" };

    public static IEndpointRouteBuilder MapTencentSms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sms/tencent/{token}/status", StatusAsync).ExcludeFromDescription();
        app.MapPost("/sms/tencent/{token}/reply", ReplyAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> StatusAsync(string token, HttpRequest request, TencentSmsCallbacks callbacks,
        Receipts receipts, IOptions<TencentSmsOptions> options, ILogger<TencentSmsCallbacks> logger)
    {
        var (body, refused) = await ReadAdmittedAsync(token, request, callbacks, options.Value, logger);
        if (refused is not null) return refused;
        if (TencentSmsCallbacks.ReadReceipts(body) is not { } read) return Refused(logger, StatusCodes.Status400BadRequest, "not a status push");
        // Not cancelled by a client that stops waiting: a receipt half applied is still applied correctly later.
        foreach (var receipt in read) await receipts.ApplyAsync(receipt, CancellationToken.None);
        return Results.Json(Accepted);
    }

    private static async Task<IResult> ReplyAsync(string token, HttpRequest request, TencentSmsCallbacks callbacks,
        InboundPipeline pipeline, IOptions<TencentSmsOptions> options, ILogger<TencentSmsCallbacks> logger)
    {
        var (body, refused) = await ReadAdmittedAsync(token, request, callbacks, options.Value, logger);
        if (refused is not null) return refused;
        if (TencentSmsCallbacks.ReadReply(body) is not { } message) return Refused(logger, StatusCodes.Status400BadRequest, "not a reply push");
        await pipeline.ProcessWithoutAnswerAsync(message, CancellationToken.None);
        return Results.Json(Accepted);
    }

    /// <summary>The body of a callback whose token is ours and whose size is sane; otherwise the refusal to answer with
    /// (a wrong token is answered as a path that does not exist, before a byte of the body is read).</summary>
    private static async Task<(byte[] Body, IResult? Refused)> ReadAdmittedAsync(string token, HttpRequest request,
        TencentSmsCallbacks callbacks, TencentSmsOptions options, ILogger logger)
    {
        if (!callbacks.Admits(token)) return ([], Refused(logger, StatusCodes.Status404NotFound, "unknown callback path"));
        var body = await RequestBody.ReadCappedAsync(request, options.MaxBodyBytes, request.HttpContext.RequestAborted);
        return body.Length > options.MaxBodyBytes
            ? ([], Refused(logger, StatusCodes.Status413PayloadTooLarge, "body too large"))
            : (body, null);
    }

    private static IResult Refused(ILogger logger, int status, string reason)
    {
        Log.WebhookRefused(logger, "tencent-sms", status, reason);
        return Results.StatusCode(status);
    }
}
