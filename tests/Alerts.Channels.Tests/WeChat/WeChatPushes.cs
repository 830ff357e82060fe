using System.Globalization;
using System.Text;
using Alerts.Channels.WeChat;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Tests.WeChat;

/// <summary>Builds pushes the way WeChat signs and (in safe mode) encrypts them.</summary>
internal static class WeChatPushes
{
    public const string Token = "alerts-token";
    public const string OurId = "gh_alerts0001";
    public const string OpenId = "oLVPpjqs9BhvzwPj5A-vTYAX3GLc";
    public const string Nonce = "486452656";
    public const long CreateTime = 1714036500;

    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1714036504);

    public static WeChatOptions PlainOptions() => new()
    {
        AppId = WeChatCryptoTests.AppId, AppSecret = "secret", Token = Token, OriginalId = OurId,
    };

    public static WeChatOptions SafeOptions()
    {
        var options = PlainOptions();
        options.EncodingAESKey = WeChatCryptoTests.Key;
        return options;
    }

    public static WeChatWebhook Webhook(WeChatOptions options) => new(Options.Create(options));

    /// <summary>A push from <see cref="OpenId"/> to <see cref="OurId"/> with the given type-specific fields.</summary>
    public static string Xml(string fields, string to = OurId) =>
        $"<xml><ToUserName><![CDATA[{to}]]></ToUserName><FromUserName><![CDATA[{OpenId}]]></FromUserName>" +
        $"<CreateTime>{CreateTime}</CreateTime>{fields}</xml>";

    public static (WeChatPushQuery Query, byte[] Body) Plain(string xml, DateTimeOffset? at = null)
    {
        var timestamp = Timestamp(at);
        var query = new WeChatPushQuery(WeChatSignature.Compute(Token, timestamp, Nonce), timestamp, Nonce,
            OpenId: OpenId);
        return (query, Encoding.UTF8.GetBytes(xml));
    }

    public static (WeChatPushQuery Query, byte[] Body) Encrypted(string xml, string appId = WeChatCryptoTests.AppId,
        DateTimeOffset? at = null)
    {
        var timestamp = Timestamp(at);
        var encrypt = new WeChatCrypto(WeChatCryptoTests.Key, appId).Encrypt(xml);
        return Envelope(encrypt, timestamp, WeChatSignature.ComputeMessage(Token, timestamp, Nonce, encrypt));
    }

    public static (WeChatPushQuery Query, byte[] Body) Envelope(string encrypt, string timestamp, string? msgSignature)
    {
        var query = new WeChatPushQuery(WeChatSignature.Compute(Token, timestamp, Nonce), timestamp, Nonce, "aes",
            msgSignature, OpenId);
        var body = $"<xml><ToUserName><![CDATA[{OurId}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return (query, Encoding.UTF8.GetBytes(body));
    }

    public static string Timestamp(DateTimeOffset? at = null) =>
        (at ?? Now).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
