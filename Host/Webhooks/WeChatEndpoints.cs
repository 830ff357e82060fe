using Alerts.Channels.WeChat;
using Alerts.Host.Inbound;
using Alerts.Host.Logging;
using Microsoft.Extensions.Options;

namespace Alerts.Host.Webhooks;

/// <summary>
/// The WeChat Official Account callback: GET /wechat verifies the URL, POST /wechat receives pushes (plaintext or
/// safe mode) and answers passively within the budget, or "success" with the reply following by the API.
/// </summary>
internal static class WeChatEndpoints
{
    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder app)
    {
        app.MapGet("/wechat", Verify);
        app.MapPost("/wechat", ReceiveAsync);
        return app;
    }

    private static IResult Verify(HttpRequest request, WeChatWebhook webhook, ILogger<WeChatWebhook> logger)
    {
        var q = request.Query;
        var echo = webhook.VerifyUrl(q["signature"], q["timestamp"], q["nonce"], q["echostr"]);
        if (echo is not null) return Results.Text(echo, "text/plain");
        Log.WebhookRefused(logger, "wechat", 403, "url verification signature");
        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, WeChatWebhook webhook, WeChatReplayGuard replays,
        InboundPipeline pipeline, DeferredReplies deferred, IOptions<WeChatOptions> options, TimeProvider time,
        ILogger<WeChatWebhook> logger)
    {
        var ct = request.HttpContext.RequestAborted;
        var body = await RequestBody.ReadCappedAsync(request, options.Value.MaxBodyBytes, ct);
        var opened = webhook.Open(WeChatPushQuery.From(key => request.Query[key]), body, time.GetUtcNow());
        if (!opened.IsOk)
        {
            var status = opened.Status switch
            {
                WeChatOpenStatus.TooLarge => StatusCodes.Status413PayloadTooLarge,
                WeChatOpenStatus.Malformed => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status403Forbidden,
            };
            Log.WebhookRefused(logger, "wechat", status, opened.Reason ?? "");
            return Results.StatusCode(status);
        }

        var answer = await pipeline.AnswerAsync(opened.Message, options.Value.PassiveReplyBudget, replays.For(opened, body), ct);
        // 403, not "success": WeChat never sends this (its retries repeat the body), so only a forger reads the answer.
        if (answer.Refused) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var reply = webhook.WriteReply(opened, answer.Texts);
        // One passive message per push: the rest of a long answer follows through the customer-service API, started
        // by the delivery that ran the turn only; a redelivery while it is still being sent would send it twice.
        if (reply.Overflow.Count > 0 && answer.IsFirst) deferred.Send(opened.Message, reply.Overflow, 1);
        return reply.Body == WeChatReply.Success
            ? Results.Text(reply.Body, "text/plain")
            : Results.Text(reply.Body, "application/xml; charset=utf-8");
    }
}
