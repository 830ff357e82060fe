using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Alerts.Fakes.TencentSms;

/// <summary>
/// POST /: records the request, applies a scripted fault, verifies TC3-HMAC-SHA256, then dispatches on X-TC-Action.
/// Every Tencent answer is HTTP 200 with {"Response":{…,"RequestId"}}; only faults produce other statuses.
/// </summary>
internal sealed class FakeTencentSmsApi(FakeTencentSmsServer server)
{
    public const string Version = "2021-01-11";

    // Tencent refuses a timestamp more than five minutes from its clock (AuthFailure.SignatureExpire, §3).
    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private readonly FakeTencentActions actions = new(server);

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost("/", HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        string? action = context.Request.Headers["X-TC-Action"];
        server.Record(new FakeTencentRequest(action,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Encoding.UTF8.GetString(body), server.Time.GetUtcNow()));

        var fault = action == "SendSms" ? server.NextFault() : null;
        switch (fault?.Kind)
        {
            case FakeTencentFaultKind.ServerError:
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                return;
            case FakeTencentFaultKind.DropConnection:
                context.Abort();
                return;
            case FakeTencentFaultKind.Slow:
                await Task.Delay(fault.Delay ?? TimeSpan.Zero, context.RequestAborted);
                break;
            case FakeTencentFaultKind.RequestLimitExceeded:
                await WriteAsync(context, FakeTencentActions.Error(FakeTencentCodes.RequestLimitExceeded,
                    "请求的次数超过了频率限制。"));
                return;
        }

        var answer = Authenticate(context, body) ?? Dispatch(context, action, body);
        switch (fault?.Kind)
        {
            case FakeTencentFaultKind.DropConnectionAfterAccepting:
                context.Abort();
                return;
            case FakeTencentFaultKind.ServerErrorAfterAccepting:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            case FakeTencentFaultKind.InternalError:
                answer = FakeTencentActions.Error(FakeTencentCodes.InternalTimeout, "请求下发短信超时，请参考60008错误码。");
                break;
        }

        await WriteAsync(context, answer);
    }

    private JsonObject Dispatch(HttpContext context, string? action, byte[] body)
    {
        if (context.Request.Headers["X-TC-Version"] != Version)
        {
            return FakeTencentActions.Error(FakeTencentCodes.NoSuchVersion, "The requested version does not exist.");
        }

        // Region is required from 2021-01-11 on (tencent-sms.md §1).
        if (string.IsNullOrEmpty(context.Request.Headers["X-TC-Region"]))
        {
            return FakeTencentActions.Error(FakeTencentCodes.MissingParameter, "The request is missing X-TC-Region.");
        }

        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            return FakeTencentActions.Error(FakeTencentCodes.JsonParseFail, "解析请求包体时候失败。");
        }

        return action switch
        {
            "SendSms" => actions.SendSms(json),
            "PullSmsSendStatusByPhoneNumber" => actions.PullByPhoneNumber(json),
            _ => FakeTencentActions.Error(FakeTencentCodes.InvalidAction, $"The action `{action}` is not supported."),
        };
    }

    /// <summary>Returns the error answer, or null when the request is signed by the account's key within the skew.</summary>
    private JsonObject? Authenticate(HttpContext context, byte[] body)
    {
        var auth = FakeTencentTc3.Parse(context.Request.Headers.Authorization);
        if (auth is not { } a)
        {
            return FakeTencentActions.Error(FakeTencentCodes.InvalidAuthorization, "Authorization 不符合腾讯云标准。");
        }

        if (a.SecretId != server.Account.SecretId)
        {
            return FakeTencentActions.Error(FakeTencentCodes.SecretIdNotFound, "The SecretId is not found.");
        }

        if (!long.TryParse(context.Request.Headers["X-TC-Timestamp"], NumberStyles.None, CultureInfo.InvariantCulture,
            out var timestamp))
        {
            return FakeTencentActions.Error(FakeTencentCodes.MissingParameter, "The request is missing X-TC-Timestamp.");
        }

        var skew = server.Time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (skew.Duration() > MaxSkew)
        {
            return FakeTencentActions.Error(FakeTencentCodes.SignatureExpire,
                "签名过期。Timestamp 和服务器时间相差不得超过五分钟。");
        }

        var headers = a.SignedHeaders.Select(name =>
            (name, name == "host" ? context.Request.Host.Value ?? "" : context.Request.Headers[name].ToString())).ToList();
        var expected = FakeTencentTc3.Signature(server.Account.SecretKey, headers, timestamp, body);
        if (a.Date != FakeTencentTc3.Date(timestamp) || !FakeTencentTc3.FixedTimeEquals(a.Signature, expected))
        {
            return FakeTencentActions.Error(FakeTencentCodes.SignatureFailure,
                "The provided credentials could not be validated. Please check your signature is correct.");
        }

        return null;
    }

    private static Task WriteAsync(HttpContext context, JsonObject response)
    {
        response["RequestId"] = Guid.NewGuid().ToString();
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["Response"] = response }.ToJsonString());
    }
}
