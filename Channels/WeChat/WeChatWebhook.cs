using System.Globalization;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.WeChat;

/// <summary>
/// The pure side of the WeChat callback: verifies, then (hardened) parses, and writes the reply. The Host endpoint
/// does the HTTP. Order matters: the query signature and timestamp are checked before the body is looked at, and in
/// safe mode msg_signature is checked before anything is decrypted.
/// </summary>
internal sealed class WeChatWebhook
{
    private readonly WeChatOptions _options;
    private readonly WeChatCrypto? _crypto;

    public WeChatWebhook(IOptions<WeChatOptions> options)
    {
        _options = options.Value;
        if (_options.IsSafeModeConfigured && !string.IsNullOrEmpty(_options.AppId))
        {
            _crypto = new WeChatCrypto(_options.EncodingAESKey!, _options.AppId);
        }
    }

    /// <summary>
    /// The GET that WeChat sends when the server URL is saved. Returns echostr to send back verbatim as text/plain,
    /// or null for 403. No clock check: an echo reveals nothing and changes nothing.
    /// </summary>
    public string? VerifyUrl(string? signature, string? timestamp, string? nonce, string? echostr)
    {
        if (_options.Token is not { Length: > 0 } token || timestamp is null || nonce is null || echostr is null)
        {
            return null;
        }

        return WeChatSignature.Verify(token, timestamp, nonce, signature) ? echostr : null;
    }

    /// <summary>Authenticates and reads one push. <paramref name="body"/> is the raw request body.</summary>
    public WeChatOpenResult Open(WeChatPushQuery query, ReadOnlyMemory<byte> body, DateTimeOffset now)
    {
        if (_options.Token is not { Length: > 0 } token)
        {
            return WeChatOpenResult.Forbidden("no Token configured");
        }

        if (query.Timestamp is not { } timestamp || query.Nonce is not { } nonce)
        {
            return WeChatOpenResult.Forbidden("timestamp or nonce missing");
        }

        if (!IsFresh(timestamp, now))
        {
            return WeChatOpenResult.Forbidden("timestamp outside the allowed clock skew");
        }

        if (!WeChatSignature.Verify(token, timestamp, nonce, query.Signature))
        {
            return WeChatOpenResult.Forbidden("bad signature");
        }

        if (body.Length > _options.MaxBodyBytes)
        {
            return WeChatOpenResult.TooLarge($"body of {body.Length} bytes");
        }

        var safeMode = string.Equals(query.EncryptType, "aes", StringComparison.OrdinalIgnoreCase);
        if (!safeMode && query.EncryptType is not (null or "" or "raw"))
        {
            return WeChatOpenResult.Malformed("unknown encrypt_type");
        }

        if (!safeMode && _options.IsSafeModeConfigured)
        {
            // A plaintext push is signed over the query only, so once safe mode is configured a captured
            // safe-mode query could be replayed with encrypt_type removed and any body: refuse.
            return WeChatOpenResult.Forbidden("plaintext push while safe mode is configured");
        }

        string? decrypted = null;
        if (safeMode && OpenEnvelope(query, token, timestamp, nonce, body, out decrypted) is { } failure)
        {
            return failure;
        }

        return Read(body, decrypted, safeMode, timestamp, nonce, now);
    }

    private WeChatOpenResult Read(
        ReadOnlyMemory<byte> body, string? decrypted, bool safeMode, string timestamp, string nonce, DateTimeOffset now)
    {
        var parsed = decrypted is not null ? WeChatXml.TryParse(decrypted, out var fields) : WeChatXml.TryParse(body, out fields);
        if (!parsed || fields is null)
        {
            return WeChatOpenResult.Malformed("not well-formed WeChat XML");
        }

        if (!fields.TryGetValue("ToUserName", out var toUser) || toUser.Length == 0)
        {
            return WeChatOpenResult.Malformed("ToUserName missing");
        }

        if (_options.OriginalId is { Length: > 0 } ours && !string.Equals(ours, toUser, StringComparison.Ordinal))
        {
            return WeChatOpenResult.Forbidden("push addressed to another account");
        }

        var message = WeChatInboundParser.Parse(fields);
        if (!message.IsSuccess)
        {
            return WeChatOpenResult.Malformed(message.Error ?? "unreadable push");
        }

        return new WeChatOpenResult(WeChatOpenStatus.Ok, null, message.Message, safeMode, toUser, timestamp, nonce, now);
    }

    /// <summary>Returns null and the decrypted XML when the envelope is authentic, else the failure.</summary>
    private WeChatOpenResult? OpenEnvelope(WeChatPushQuery query, string token, string timestamp, string nonce,
        ReadOnlyMemory<byte> body, out string? decrypted)
    {
        decrypted = null;
        if (_crypto is null)
        {
            return WeChatOpenResult.Forbidden("encrypted push but no EncodingAESKey/AppId configured");
        }

        if (query.MsgSignature is null)
        {
            return WeChatOpenResult.Forbidden("msg_signature missing");
        }

        if (!WeChatXml.TryReadEncrypt(body, out var encrypt))
        {
            return WeChatOpenResult.Malformed("envelope without a readable Encrypt");
        }

        if (!WeChatSignature.VerifyMessage(token, timestamp, nonce, encrypt, query.MsgSignature))
        {
            return WeChatOpenResult.Forbidden("bad msg_signature");
        }

        // Signed by WeChat but undecryptable or for another AppId: treat as not authentic.
        return _crypto.TryDecrypt(encrypt, out decrypted)
            ? null
            : WeChatOpenResult.Forbidden("decryption or AppId check failed");
    }

    /// <summary>
    /// The response body for an Ok push: a passive text reply with the first part of <paramref name="texts"/>,
    /// encrypted when the push was, or "success" when there is nothing to say (WeChat then neither retries nor
    /// shows an error). The rest comes back as overflow for the customer-service API.
    /// </summary>
    public WeChatReply WriteReply(WeChatOpenResult opened, IReadOnlyList<string> texts)
    {
        if (!opened.IsOk)
        {
            throw new ArgumentException("Only an Ok push can be answered.", nameof(opened));
        }

        var (passive, overflow) = WeChatReplyWriter.Plan(texts);
        if (passive is null)
        {
            return new WeChatReply(WeChatReply.Success, []);
        }

        var xml = WeChatReplyWriter.Text(opened.Message.Address, opened.OurOriginalId, opened.OpenedUtc, passive);
        if (!opened.IsEncrypted || _crypto is null)
        {
            return new WeChatReply(xml, overflow);
        }

        // Reusing the request's timestamp and nonce is allowed (wechat.md §2) and keeps this method pure.
        var encrypt = _crypto.Encrypt(xml);
        var signature = WeChatSignature.ComputeMessage(_options.Token!, opened.Timestamp, opened.Nonce, encrypt);
        return new WeChatReply(WeChatReplyWriter.Envelope(encrypt, signature, opened.Timestamp, opened.Nonce), overflow);
    }

    private bool IsFresh(string timestamp, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var skew = Math.Abs(now.ToUnixTimeSeconds() - seconds);
        return skew <= _options.MaxClockSkew.TotalSeconds;
    }
}
