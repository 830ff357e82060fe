using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// Builds pushes the way WeChat signs and (in safe mode) encrypts them (shared/protocols/wechat.md §1–2). Written
/// independently of Channels' WeChatSignature and WeChatCrypto, so every round trip through the Host also
/// cross-checks them.
/// </summary>
public sealed class WeChatPushBuilder(string token, string ourId, string appId, string aesKey)
{
    private long _nextMsgId = 24_000_000_000_000_001;

    public string Token => token;

    public string OurId => ourId;

    /// <summary>Unique per builder, as WeChat's MsgIds are.</summary>
    public string NextMsgId() => Interlocked.Increment(ref _nextMsgId).ToString(CultureInfo.InvariantCulture);

    /// <summary>A fresh random nonce, as WeChat signs every push with one: a plaintext (timestamp, nonce) is accepted
    /// with one body only, so two different pushes in the same second must not share it.</summary>
    public static string NextNonce() =>
        RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);

    public static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public string Text(string from, string msgId, string content, long? createTime = null) =>
        Xml(from, "text", $"<Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId>", createTime);

    public string Event(string from, string name, string fields = "", long? createTime = null) =>
        Xml(from, "event", $"<Event><![CDATA[{name}]]></Event>{fields}", createTime);

    public string Xml(string from, string msgType, string fields, long? createTime = null) =>
        $"<xml><ToUserName><![CDATA[{ourId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName>" +
        $"<CreateTime>{createTime ?? UnixNow()}</CreateTime><MsgType><![CDATA[{msgType}]]></MsgType>{fields}</xml>";

    /// <summary>A plaintext push signed over token, timestamp and nonce (the body is not covered).</summary>
    public WeChatPush Plain(string xml, DateTimeOffset? at = null, string? nonce = null)
    {
        var timestamp = Timestamp(at);
        nonce ??= NextNonce();
        return new WeChatPush(new Dictionary<string, string>
        {
            ["signature"] = Signature(token, timestamp, nonce), ["timestamp"] = timestamp, ["nonce"] = nonce,
            ["openid"] = "from-query-not-trusted",
        }, Encoding.UTF8.GetBytes(xml));
    }

    /// <summary>A safe-mode push: the XML encrypted for <paramref name="forAppId"/> and signed with msg_signature.</summary>
    public WeChatPush Encrypted(string xml, DateTimeOffset? at = null, string? nonce = null, string? forAppId = null)
    {
        var encrypt = Encrypt(xml, forAppId ?? appId);
        return Envelope(encrypt, Timestamp(at), nonce ?? NextNonce());
    }

    /// <summary>A safe-mode envelope around an Encrypt value, both signatures computed over it.</summary>
    public WeChatPush Envelope(string encrypt, string timestamp, string? nonce = null)
    {
        nonce ??= NextNonce();
        var body = $"<xml><ToUserName><![CDATA[{ourId}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return new WeChatPush(new Dictionary<string, string>
        {
            ["signature"] = Signature(token, timestamp, nonce), ["timestamp"] = timestamp, ["nonce"] = nonce,
            ["openid"] = "from-query-not-trusted", ["encrypt_type"] = "aes",
            ["msg_signature"] = Signature(token, timestamp, nonce, encrypt),
        }, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>sha1 hex (lower case) of the parts sorted ordinally and concatenated.</summary>
    public static string Signature(params string[] parts)
    {
        var sorted = parts.OrderBy(p => p, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }

    /// <summary>random(16) ‖ big-endian length ‖ XML ‖ AppId, PKCS#7 to 32-byte blocks, AES-256-CBC, IV = key[0..16).</summary>
    public string Encrypt(string xml, string? forAppId = null)
    {
        var body = Encoding.UTF8.GetBytes(xml);
        var id = Encoding.UTF8.GetBytes(forAppId ?? appId);
        var length = 16 + 4 + body.Length + id.Length;
        var pad = 32 - length % 32;
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), body.Length);
        body.CopyTo(plain, 20);
        id.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = Key();
        return Convert.ToBase64String(aes.EncryptCbc(plain, aes.Key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>Decrypts a reply's Encrypt and checks that it ends with our AppId.</summary>
    public string Decrypt(string encrypt)
    {
        using var aes = Aes.Create();
        aes.Key = Key();
        var plain = aes.DecryptCbc(Convert.FromBase64String(encrypt), aes.Key.AsSpan(0, 16), PaddingMode.None);
        var content = plain.AsSpan(0, plain.Length - plain[^1]);
        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        Assert.Equal(appId, Encoding.UTF8.GetString(content[(20 + length)..]));
        return Encoding.UTF8.GetString(content.Slice(20, length));
    }

    public static string Timestamp(DateTimeOffset? at = null) =>
        (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private byte[] Key() => Convert.FromBase64String(aesKey + "=");
}
