using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Alerts.Fakes.WeChat;

/// <summary>The endpoint behaviour, once faults are out of the way: credentials, token checks, acceptance.</summary>
internal sealed class FakeWeChatApi(string appId, string appSecret, FakeWeChatTokens tokens, FakeWeChatMessages messages)
{
    public IResult StableToken(JsonNode? body)
    {
        if (Str(body?["grant_type"]) != "client_credential")
        {
            return Error(40002, "invalid grant_type");
        }

        if (CheckCredentials(Str(body?["appid"]), Str(body?["secret"])) is { } failure)
        {
            return failure;
        }

        var (token, expiresIn) = tokens.Stable();
        return Json(new JsonObject { ["access_token"] = token, ["expires_in"] = expiresIn });
    }

    public IResult ClassicToken(IQueryCollection query)
    {
        if (query["grant_type"] != "client_credential")
        {
            return Error(40002, "invalid grant_type");
        }

        if (CheckCredentials(query["appid"], query["secret"]) is { } failure)
        {
            return failure;
        }

        var (token, expiresIn) = tokens.Classic();
        return Json(new JsonObject { ["access_token"] = token, ["expires_in"] = expiresIn });
    }

    /// <summary>Accepts a custom or template send; null msgid in the answer for custom sends, as WeChat does.</summary>
    public IResult Send(string path, string? accessToken, JsonNode? body, string rawBody, bool template)
    {
        var tokenError = tokens.Check(accessToken);
        if (tokenError != 0)
        {
            return Error(tokenError, tokenError == 42001 ? "access_token expired" : "invalid credential");
        }

        var openId = OpenIdOf(body);
        if (string.IsNullOrEmpty(openId))
        {
            return Error(40003, "invalid openid");
        }

        if (template && string.IsNullOrEmpty(Str(body?["template_id"])))
        {
            return Error(40037, "invalid template_id");
        }

        var clientMsgId = template ? Str(body?["client_msg_id"]) : null;
        var msgId = messages.Accept(path, openId, clientMsgId, rawBody);
        var answer = new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok" };
        if (template)
        {
            answer["msgid"] = long.Parse(msgId, System.Globalization.CultureInfo.InvariantCulture);
        }

        return Json(answer);
    }

    /// <summary>The file as WeChat sends it (its own content type), or errcode 40007 for an unknown id.</summary>
    public IResult MediaGet(string? accessToken, string? mediaId, FakeWeChatMedia media)
    {
        var tokenError = tokens.Check(accessToken);
        if (tokenError != 0)
        {
            return Error(tokenError, tokenError == 42001 ? "access_token expired" : "invalid credential");
        }

        return mediaId is not null && media.TryGet(mediaId, out var file)
            ? Results.Bytes(file.Bytes, file.ContentType)
            : Error(40007, "invalid media_id");
    }

    public static string? OpenIdOf(JsonNode? body) => Str(body?["touser"]);

    private static string? Str(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static IResult Error(int errcode, string errmsg) =>
        Json(new JsonObject { ["errcode"] = errcode, ["errmsg"] = errmsg });

    private IResult? CheckCredentials(string? appid, string? secret)
    {
        if (appid != appId)
        {
            return Error(40013, "invalid appid");
        }

        return secret != appSecret ? Error(40125, "invalid appsecret") : null;
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");
}
