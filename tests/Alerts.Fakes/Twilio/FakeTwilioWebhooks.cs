namespace Alerts.Fakes.Twilio;

/// <summary>
/// Posts webhooks the way Twilio does (twilio.md §2, §3): form-encoded, signed with the server's auth token over the
/// exact URL, with an I-Twilio-Idempotency-Token. Only loopback URLs are allowed.
/// </summary>
public sealed class FakeTwilioWebhooks : IDisposable
{
    private readonly FakeTwilioServer server;
    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false });

    internal FakeTwilioWebhooks(FakeTwilioServer server) => this.server = server;

    /// <summary>A status callback for a message; To/From come from the fake's record of it when it has one.</summary>
    public Task<HttpResponseMessage> PostStatusAsync(string url, string messageSid, string status,
        int? errorCode = null, CancellationToken ct = default)
    {
        var message = server.FindMessage(messageSid);
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", messageSid), new("SmsSid", messageSid), new("MessageStatus", status),
            new("SmsStatus", status), new("AccountSid", server.AccountSid), new("ApiVersion", "2010-04-01"),
            new("To", message?.To ?? "+8613800000000"), new("From", message?.From ?? "+15005550006"),
        };
        if (errorCode is not null)
        {
            form.Add(new("ErrorCode", errorCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return PostAsync(url, form, ct);
    }

    /// <summary>An inbound SMS from <paramref name="from"/>; returns the response (TwiML) for assertions.</summary>
    public Task<HttpResponseMessage> PostInboundAsync(string url, string from, string body,
        string to = "+15005550006", string? messageSid = null, CancellationToken ct = default)
    {
        var sid = messageSid ?? "SM" + Guid.NewGuid().ToString("N");
        var form = new List<KeyValuePair<string, string>>
        {
            new("ToCountry", "US"), new("SmsMessageSid", sid), new("NumMedia", "0"), new("SmsSid", sid),
            new("SmsStatus", "received"), new("Body", body), new("To", to), new("NumSegments", "1"),
            new("MessageSid", sid), new("AccountSid", server.AccountSid), new("From", from),
            new("FromCountry", "CN"), new("ApiVersion", "2010-04-01"),
        };
        return PostAsync(url, form, ct);
    }

    /// <summary>Posts any form, signed; <paramref name="signature"/> overrides the computed one (forgery tests).</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyList<KeyValuePair<string, string>> form,
        CancellationToken ct = default, string? signature = null)
    {
        var uri = new Uri(url);
        if (!uri.IsLoopback)
        {
            throw new InvalidOperationException($"FakeTwilioServer only posts to loopback, not {uri.Host}.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? FakeTwilioSigner.Sign(server.AuthToken, url, form));
        request.Headers.Add("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString());
        return await http.SendAsync(request, ct);
    }

    public void Dispose() => http.Dispose();
}
