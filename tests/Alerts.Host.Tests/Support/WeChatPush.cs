using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Alerts.Host.Tests.Support;

/// <summary>One push to POST /wechat: its query and raw body. Immutable; each send builds a fresh request.</summary>
public sealed record WeChatPush(IReadOnlyDictionary<string, string> Query, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public WeChatPush With(string key, string value) =>
        this with { Query = new Dictionary<string, string>(Query) { [key] = value } };

    public WeChatPush Without(string key)
    {
        var query = new Dictionary<string, string>(Query);
        query.Remove(key);
        return this with { Query = query };
    }

    public WeChatPush WithBody(string body) => this with { Body = Encoding.UTF8.GetBytes(body) };

    public string Uri => QueryHelpers.AddQueryString("/wechat", Query.ToDictionary(kv => kv.Key, kv => (string?)kv.Value));

    /// <summary>The request, with a Content-Length unless <paramref name="streamed"/> (then chunked, length unknown).</summary>
    public HttpRequestMessage ToRequest(bool streamed = false)
    {
        HttpContent content = streamed ? new StreamContent(new UnseekableStream(Body)) : new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        return new HttpRequestMessage(HttpMethod.Post, Uri) { Content = content };
    }

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, bool streamed = false)
    {
        using var request = ToRequest(streamed);
        return await client.SendAsync(request);
    }

    /// <summary>A stream that cannot tell its length, so HttpClient sends no Content-Length.</summary>
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;
    }
}
