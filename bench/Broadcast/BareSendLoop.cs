using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Bench.Support;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Bench.Broadcast;

/// <summary>
/// The ceilings: the same number of template and SMS POSTs to the same fakes at the same concurrency, from a bare
/// HttpClient loop with no outbox, no rate limiter and no resilience pipeline; with <c>durable</c>, each outcome is
/// written to its own delivery row in one write transaction (state, provider id, time: what any outbox must at least
/// do, on the same table and indexes as ours), else nowhere.
/// </summary>
internal static class BareSendLoop
{
    public static async Task<double> RunAsync(FakeWeChatServer weChat, FakeTwilioServer twilio, int templates, int sms,
        int concurrency, BenchDatabase? durable = null)
    {
        long[] rows = [];
        if (durable is not null)
        {
            // The rows ours has just sent, put back as they were before sending (not timed).
            using var setup = durable.Open();
            rows = setup.Query<long>("SELECT id FROM deliveries WHERE state = 'sent' ORDER BY id LIMIT @N",
                new { N = templates + sms }).ToArray();
            setup.Execute($"""
                UPDATE deliveries SET state = 'pending', provider_message_id = NULL, sent_utc = NULL
                WHERE id {durable.Db.Dialect.InList("@Rows")}
                """, new { Rows = durable.Db.Dialect.ListOf(rows) });
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 });
        var token = await TokenAsync(http, weChat);
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{twilio.AccountSid}:{twilio.AuthToken}"));
        var twilioUri = new Uri(twilio.BaseAddress, $"2010-04-01/Accounts/{twilio.AccountSid}/Messages.json");
        var weChatUri = new Uri(weChat.BaseAddress, $"cgi-bin/message/template/send?access_token={token}");
        long next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            long n;
            while ((n = Interlocked.Increment(ref next)) < templates + sms)
            {
                using var request = n < templates ? Template(weChatUri, n) : Sms(twilioUri, auth, n);
                using var response = await http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                if (durable is null) continue;
                var body = await response.Content.ReadAsStringAsync();
                await using var c = await durable.Db.OpenAsync(CancellationToken.None); // the Host's connection settings
                await c.ExecuteAsync("""
                    UPDATE deliveries SET state = 'sent', provider_message_id = @Id, sent_utc = @At, lease_until_utc = NULL
                    WHERE id = @Row
                    """, new { Row = rows[n % rows.Length], Id = $"bare-{n}-{body.Length}", At = UtcText.Format(DateTimeOffset.UtcNow) });
            }
        }));
        return (templates + sms) / watch.Elapsed.TotalSeconds;
    }

    private static HttpRequestMessage Template(Uri uri, long n) => new(HttpMethod.Post, uri)
    {
        Content = JsonContent.Create(new Dictionary<string, object>
        {
            ["touser"] = $"oBare{n:D23}", ["template_id"] = "TPL", ["client_msg_id"] = $"bare-{n}",
            ["data"] = new Dictionary<string, object> { ["first"] = new { value = "渝北区气象台发布暴雨红色预警" } },
        }),
    };

    private static HttpRequestMessage Sms(Uri uri, string auth, long n)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new FormUrlEncodedContent([new("To", $"+8619{n:D9}"), new("From", "+15005550006"),
                new("Body", "【暴雨红色预警】渝北区气象台发布暴雨红色预警。请立即转移到安全地点。")]),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", auth);
        return request;
    }

    private static async Task<string> TokenAsync(HttpClient http, FakeWeChatServer weChat)
    {
        using var response = await http.PostAsJsonAsync(new Uri(weChat.BaseAddress, "cgi-bin/stable_token"),
            new { grant_type = "client_credential", appid = weChat.AppId, secret = weChat.AppSecret });
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }
}
