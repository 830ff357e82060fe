using Alerts.Fakes.Twilio;
using Alerts.Host.Tests.Support;
using Alerts.Store.Database;
using Dapper;

namespace Alerts.Host.Tests.Broadcast;

public sealed class DeliveryReceiptTests
{
    private const string AuthToken = "receipt-test-token";

    [Fact]
    public async Task A_twilio_status_callback_moves_the_delivery_forward_and_a_stale_one_does_not_move_it_back()
    {
        await using var app = new AlertsApp(new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = FakeTwilioServer.DefaultAccountSid, ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:From"] = "+15005550006", ["Twilio:ApiBaseUrl"] = "http://127.0.0.1:9/",
        });
        using var client = app.CreateClient();
        using (var c = app.OpenDatabase()) InsertSentDelivery(c, "SMreceipt1");

        Assert.True((await PostStatusAsync(client, "SMreceipt1", "delivered")).IsSuccessStatusCode);
        Assert.True((await PostStatusAsync(client, "SMreceipt1", "sent")).IsSuccessStatusCode);
        Assert.True((await PostStatusAsync(client, "SMreceipt1", "undelivered", "30003")).IsSuccessStatusCode);

        using var check = app.OpenDatabase();
        var row = check.QuerySingle<(string State, string? Delivered)>(
            "SELECT state, delivered_utc FROM deliveries WHERE provider_message_id = 'SMreceipt1'");
        Assert.Equal("delivered", row.State);
        Assert.NotNull(row.Delivered);
    }

    private static void InsertSentDelivery(Microsoft.Data.Sqlite.SqliteConnection c, string sid)
    {
        var now = UtcText.Format(DateTimeOffset.UtcNow);
        var person = c.ExecuteScalar<long>("SELECT MIN(id) FROM people WHERE role = 'villager'");
        var warning = c.ExecuteScalar<long>("""
            INSERT INTO warnings (identifier, hazard, event, level, kind, headline, description, instruction, audiences,
                                  effective_utc, expires_utc, status, created_utc, updated_utc)
            VALUES ('receipt', 'weather', '暴雨', 'red', 'warning', '暴雨红色预警', 'd', 'i', 'households', @Now, @Now,
                    'published', @Now, @Now)
            RETURNING id
            """, new { Now = now });
        c.Execute("""
            INSERT INTO deliveries (warning_id, person_id, priority, village_code, state, channel, next_attempt_utc,
                                    provider_message_id, sent_utc, attempts)
            SELECT @Warning, id, 0, region_code, 'sent', 'sms', @Now, @Sid, @Now, 1 FROM people WHERE id = @Person
            """, new { Warning = warning, Person = person, Now = now, Sid = sid });
    }

    private static async Task<HttpResponseMessage> PostStatusAsync(HttpClient client, string sid, string status,
        string? errorCode = null)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", sid), new("MessageStatus", status), new("AccountSid", FakeTwilioServer.DefaultAccountSid),
            new("To", "+8613800000000"), new("From", "+15005550006"), new("ApiVersion", "2010-04-01"),
        };
        if (errorCode is not null) form.Add(new("ErrorCode", errorCode));
        const string url = "http://localhost/sms/twilio/status";
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", FakeTwilioSigner.Sign(AuthToken, url, form));
        return await client.SendAsync(request);
    }
}
