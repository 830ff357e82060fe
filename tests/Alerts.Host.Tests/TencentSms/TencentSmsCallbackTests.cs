using System.Net;
using System.Net.Http.Json;
using System.Text;
using Alerts.Channels.Messages;
using Alerts.Fakes.TencentSms;
using Alerts.Host.Outbound;
using Alerts.Host.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.TencentSms;

/// <summary>
/// The two unsigned callbacks as the Host serves them: only the secret path admits, a receipt moves the message or
/// delivery it names (by Tencent's sid, or by our key where Tencent echoes it), and bad bodies change nothing.
/// </summary>
public sealed class TencentSmsCallbackTests : IAsyncLifetime
{
    private const string Phone = "+8613900002222";
    private static readonly string Status = $"/sms/tencent/{TencentSmsTestAccount.CallbackToken}/status";
    private static readonly string Reply = $"/sms/tencent/{TencentSmsTestAccount.CallbackToken}/reply";
    private FakeTencentSmsServer tencent = null!;
    private AlertsApp app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        tencent = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account);
        app = new AlertsApp(TencentSmsTestAccount.Settings(tencent));
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        await tencent.DisposeAsync();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string ReceiptJson(string sid, string status = "SUCCESS", string? ext = null) =>
        $$"""[{"user_receive_time":"2026-11-29 08:03:04","nationcode":"86","mobile":"13900002222","report_status":"{{status}}","errmsg":"DELIVRD","description":"用户短信送达成功","sid":"{{sid}}"{{(ext is null ? "" : $",\"ext\":\"{ext}\"")}}}]""";

    [Theory]
    [InlineData("/sms/tencent/not-the-token-0123456789abcdef0123456/reply")]
    [InlineData("/sms/tencent/not-the-token-0123456789abcdef0123456/status")]
    [InlineData("/sms/tencent//reply")]
    [InlineData("/sms/tencent/reply")]
    public async Task A_forged_callback_without_the_token_is_refused_and_changes_nothing(string path)
    {
        var body = path.EndsWith("reply", StringComparison.Ordinal)
            ? """{"extend":"","mobile":"13900002222","nationcode":"86","sign":"山区预警","text":"房子垮了","time":1764400000}"""
            : ReceiptJson("5000:1");

        using var response = await client.PostAsync(path, Json(body));

        // A wrong token is answered as a path that does not exist; a path without one is not a route at all.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Unauthorized });
        using var c = app.OpenDatabase();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages"));
        Assert.Empty(tencent.Messages);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""[{"sid":"","report_status":"SUCCESS"}]""")]
    public async Task A_status_push_that_is_not_one_is_a_bad_request(string body)
    {
        using var response = await client.PostAsync(Status, Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_receipt_moves_the_text_it_names_to_delivered_and_answers_as_tencent_expects()
    {
        var sent = await app.Services.GetRequiredService<OutboundMessenger>().SendAsync(
            new OutboundMessage(ChannelKind.Sms, Phone, "网格员已收到您的报告。", "notification:77:sms") { Purpose = MessagePurpose.Notice },
            CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, sent.Outcome);

        using var response = await client.PostAsync(Status, Json(ReceiptJson(sent.ProviderMessageId!)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<Answer>())!.Result);
        using var c = app.OpenDatabase();
        Assert.Equal("delivered", c.ExecuteScalar<string>("SELECT state FROM outbound_messages WHERE idempotency_key = 'notification:77:sms'"));

        // Tencent pushing it again changes nothing and keeps nothing; a receipt for a text not yet written is kept for it.
        using (await client.PostAsync(Status, Json(ReceiptJson(sent.ProviderMessageId!)))) { }
        Assert.Equal(0L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM early_receipts"));
        using (await client.PostAsync(Status, Json(ReceiptJson("5000:not-yet-written")))) { }
        Assert.Equal("5000:not-yet-written", c.ExecuteScalar<string>("SELECT provider_message_id FROM early_receipts"));
    }

    [Fact]
    public async Task A_receipt_carrying_our_key_settles_a_delivery_whose_send_answer_was_lost()
    {
        using var c = app.OpenDatabase();
        var person = c.ExecuteScalar<long>("SELECT id FROM people WHERE role = 'villager' AND phone IS NOT NULL ORDER BY id LIMIT 1");
        var warning = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, published_utc, updated_utc, targeting_state)
            VALUES ('lost-answer', 'flood', '山洪', 'red', 'warning', '山洪红色预警', '水位上涨。', '请转移。', 'households',
                    '2026-01-01T00:00:00.0000000Z', '2999-01-01T00:00:00.0000000Z', 'published', '2026-01-01T00:00:00.0000000Z',
                    '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z', 'done')
            RETURNING id
            """);
        c.Execute("""
            INSERT INTO deliveries (warning_id, person_id, priority, village_code, channel, state, next_attempt_utc, in_doubt, attempts)
            SELECT @Warning, id, 1, region_code, 'sms', 'unknown', '2999-01-01T00:00:00.0000000Z', 1, 1 FROM people WHERE id = @Person
            ON CONFLICT (warning_id, person_id) DO UPDATE SET state = 'unknown', channel = 'sms', in_doubt = 1
            """, new { Warning = warning, Person = person });

        using var response = await client.PostAsync(Status, Json(ReceiptJson("5000:9", ext: $"warning:{warning}:{person}:sms")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = c.QuerySingle<(string State, long InDoubt, string ProviderMessageId)>(
            "SELECT state, in_doubt, provider_message_id FROM deliveries WHERE warning_id = @Warning AND person_id = @Person",
            new { Warning = warning, Person = person });
        Assert.Equal(("delivered", 0L, "5000:9"), row);
    }

    [Fact]
    public async Task A_reply_refused_by_the_numbers_window_waits_for_the_window_without_using_a_try()
    {
        tencent.LimitPerNumber(0, TimeSpan.FromSeconds(30));
        var before = DateTimeOffset.UtcNow;

        var result = await app.Services.GetRequiredService<OutboundMessenger>().SendAsync(
            new OutboundMessage(ChannelKind.Sms, Phone, "收到，网格员会尽快联系您。", "reply:sms:tc-window:0"), CancellationToken.None);

        Assert.True(result.WindowLimited);
        Assert.Empty(tencent.Messages);
        using var c = app.OpenDatabase();
        var row = c.QuerySingle<(string State, long Attempts, string NextAttempt)>(
            "SELECT state, attempts, next_attempt_utc FROM outbound_messages WHERE idempotency_key = 'reply:sms:tc-window:0'");
        Assert.Equal(("pending", 0L), (row.State, row.Attempts));
        Assert.True(DateTimeOffset.Parse(row.NextAttempt, System.Globalization.CultureInfo.InvariantCulture) >= before.AddSeconds(30));
    }

    private sealed record Answer(int Result, string Errmsg);
}
