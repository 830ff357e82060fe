using System.Security.Cryptography;
using System.Text;

namespace Alerts.Fakes.WeChat;

/// <summary>
/// What WeChat does after a template message is delivered (wechat.md, 模板消息 "送达通知"): it pushes the event
/// TEMPLATESENDJOBFINISH with the msgid and status "success" to the account's callback URL, signed in plaintext mode
/// (signature = SHA1 of the sorted token, timestamp and nonce). Only loopback URLs are allowed.
/// </summary>
public sealed class FakeWeChatReceipts : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private readonly Uri _webhook;
    private readonly string _token;
    private readonly string _originalId;
    private readonly TimeSpan _delay;
    private readonly FakeWeChatMessages _messages;
    private int _posted;

    private FakeWeChatReceipts(FakeWeChatMessages messages, Uri webhook, string token, string originalId, TimeSpan delay)
    {
        if (!webhook.IsLoopback) throw new InvalidOperationException($"FakeWeChatReceipts only posts to loopback, not {webhook.Host}.");
        (_messages, _webhook, _token, _originalId, _delay) = (messages, webhook, token, originalId, delay);
        _messages.Accepted += OnAccepted;
    }

    /// <summary>Receipts posted so far (each answered 2xx by the webhook).</summary>
    public int Posted => Volatile.Read(ref _posted);

    /// <summary>From now on, every template message the fake accepts is followed by its receipt after <paramref name="delay"/>.</summary>
    public static FakeWeChatReceipts Start(FakeWeChatServer server, Uri webhook, string token, string originalId = "gh_fakeaccount",
        TimeSpan? delay = null) =>
        new(server.Messages, webhook, token, originalId, delay ?? TimeSpan.FromMilliseconds(200));

    private void OnAccepted(FakeWeChatDelivery delivery)
    {
        if (!delivery.Path.EndsWith("/template/send", StringComparison.Ordinal)) return;
        _ = PostAsync(delivery);
    }

    private async Task PostAsync(FakeWeChatDelivery delivery)
    {
        await Task.Delay(_delay);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Sign(_token, timestamp, nonce);
        var body = $"<xml><ToUserName><![CDATA[{_originalId}]]></ToUserName><FromUserName><![CDATA[{delivery.OpenId}]]></FromUserName>" +
                   $"<CreateTime>{timestamp}</CreateTime><MsgType><![CDATA[event]]></MsgType>" +
                   "<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>" +
                   $"<MsgID>{delivery.MsgId}</MsgID><Status><![CDATA[success]]></Status></xml>";
        var uri = new UriBuilder(_webhook) { Query = $"signature={signature}&timestamp={timestamp}&nonce={nonce}" }.Uri;
        try
        {
            using var response = await _http.PostAsync(uri, new StringContent(body, Encoding.UTF8, "text/xml"));
            if (response.IsSuccessStatusCode) Interlocked.Increment(ref _posted);
        }
        catch (HttpRequestException)
        {
            // The Host may be stopping; WeChat does not retry receipts either.
        }
    }

    private static string Sign(string token, string timestamp, string nonce)
    {
        var parts = new[] { token, timestamp, nonce };
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    public void Dispose()
    {
        _messages.Accepted -= OnAccepted;
        _http.Dispose();
    }
}
