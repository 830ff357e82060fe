using System.Net;
using System.Net.Http.Headers;
using Alerts.Fakes.Twilio;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Twilio;

/// <summary>POST /sms/twilio over HTTP: signed, unsigned, forged, malformed and oversized inbound SMS.</summary>
public sealed class TwilioInboundWebhookTests
{
    private const string Villager = "+8613812345678";
    // Whoever writes first is greeted by the bot (the privacy notice of enrolment), whatever they wrote.
    private const string Acknowledgement = "这里是灾害预警与救助服务";

    [Fact]
    public async Task ASignedTextIsAnsweredWithTwiMLCarryingTheAcknowledgement()
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var poster = new TwilioWebhookPoster(app.CreateClient());

        var response = await poster.InboundAsync(Villager, "河水涨了");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        var message = Assert.Single(await TwilioWebhookPoster.MessagesOfAsync(response));
        Assert.Contains(Acknowledgement, message);
        using var db = app.OpenDatabase();
        var row = db.QuerySingle<(string ReplyVia, string Text)>(
            "SELECT reply_via, text FROM inbound_messages WHERE channel = 'sms' AND address = @Villager", new { Villager });
        Assert.Equal(("passive", "河水涨了"), row);
    }

    public static TheoryData<string> Forgeries =>
    [
        "no signature", "empty signature", "garbage signature", "another auth token", "signed for the status URL",
        "signed for another host", "signed over https", "form changed after signing", "a parameter added after signing",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task AnUnsignedOrWronglySignedMessageIsRefusedWith403AndNothingIsRecorded(string forgery)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var form = TwilioWebhookPoster.InboundForm(TwilioWebhookPoster.NewSid(), Villager, "救命");
        var signature = poster.Sign(TwilioWebhookPoster.InboundPath, form);
        switch (forgery)
        {
            case "no signature": signature = null; break;
            case "empty signature": signature = ""; break;
            case "garbage signature": signature = "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA=="; break;
            case "another auth token":
                signature = FakeTwilioSigner.Sign("another-token", "http://localhost/sms/twilio", form); break;
            case "signed for the status URL": signature = poster.Sign(TwilioWebhookPoster.StatusPath, form); break;
            case "signed for another host":
                signature = FakeTwilioSigner.Sign(TwilioTestSettings.AuthToken, "http://evil.example/sms/twilio", form); break;
            case "signed over https":
                signature = FakeTwilioSigner.Sign(TwilioTestSettings.AuthToken, "https://localhost/sms/twilio", form); break;
            case "form changed after signing": form[5] = new("Body", "一切正常"); break;
            case "a parameter added after signing": form.Add(new("Extra", "1")); break;
        }

        var response = await poster.PostAsync(TwilioWebhookPoster.InboundPath, new FormUrlEncodedContent(form), signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNothingRecorded(app);
    }

    [Fact]
    public async Task WithoutAnAuthTokenConfiguredEveryWebhookIsRefused()
    {
        await using var app = new AlertsApp();
        var poster = new TwilioWebhookPoster(app.CreateClient());

        Assert.Equal(HttpStatusCode.Forbidden, (await poster.InboundAsync(Villager, "救命")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await poster.StatusAsync(TwilioWebhookPoster.NewSid(), "delivered")).StatusCode);
        AssertNothingRecorded(app);
    }

    public static TheoryData<string, string?, string?> Malformed => new()
    {
        { "missing MessageSid", null, Villager },
        { "junk MessageSid", "SM'; DROP TABLE inbound_messages;--", Villager },
        { "lower-case MessageSid prefix", "sm" + Guid.NewGuid().ToString("N"), Villager },
        { "missing From", TwilioWebhookPoster.NewSid(), null },
        { "From without a plus", TwilioWebhookPoster.NewSid(), "8613812345678" },
        { "From with separators", TwilioWebhookPoster.NewSid(), "+86 138 1234 5678" },
        { "From longer than E.164 allows", TwilioWebhookPoster.NewSid(), "+8613812345678901234" },
        { "From with a country code of zero", TwilioWebhookPoster.NewSid(), "+0613812345678" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task ASignedMessageWithoutAUsableMessageSidOrFromGets400(string _, string? sid, string? from)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var form = TwilioWebhookPoster.InboundForm(sid ?? "", from ?? "", "救命")
            .Where(p => !(p.Key.EndsWith("Sid", StringComparison.Ordinal) && p.Key != "AccountSid" && sid is null)
                        && !(p.Key == "From" && from is null))
            .ToList();

        var response = await poster.PostSignedAsync(TwilioWebhookPoster.InboundPath, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingRecorded(app);
    }

    public static TheoryData<string, string, HttpStatusCode> OddForms => new()
    {
        // Parsed (no count limit below MaxBodyBytes), so the signature decides.
        { "more fields than ASP.NET's form limit", string.Join('&', Enumerable.Range(0, 1100).Select(i => $"k{i}=v")), HttpStatusCode.Forbidden },
        { "not a form at all", "<Response><Message>hi</Message></Response>", HttpStatusCode.Forbidden },
        { "broken percent escapes", "Body=%E6%B&From=%2&MessageSid=%ZZ", HttpStatusCode.Forbidden },
        // FormReader throws on keys over 2 KiB: regression, this was a 500.
        { "a key over 2 KiB", new string('k', 3000) + "=v", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(OddForms))]
    public async Task AnOddBodyIsRefusedWithoutAServerError(string _, string body, HttpStatusCode expected)
    {
        await using var app = new AlertsApp(TwilioTestSettings.Webhooks());
        var poster = new TwilioWebhookPoster(app.CreateClient());

        foreach (var path in new[] { TwilioWebhookPoster.InboundPath, TwilioWebhookPoster.StatusPath })
        {
            var content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
            var response = await poster.PostAsync(path, content, "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==");

            Assert.Equal(expected, response.StatusCode);
        }

        AssertNothingRecorded(app);
    }

    [Theory]
    [InlineData(0, HttpStatusCode.OK)]
    [InlineData(1, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(5000, HttpStatusCode.RequestEntityTooLarge)]
    public async Task ABodyOverMaxBodyBytesGets413WhetherOrNotItsLengthIsDeclared(int bytesOver, HttpStatusCode expected)
    {
        const int max = 1024;
        var settings = TwilioTestSettings.Webhooks();
        settings["Twilio:MaxBodyBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var app = new AlertsApp(settings);
        var poster = new TwilioWebhookPoster(app.CreateClient());
        foreach (var declared in new[] { true, false })
        {
            var form = FormOfEncodedLength(max + bytesOver);
            var body = await new FormUrlEncodedContent(form).ReadAsByteArrayAsync();
            Assert.Equal(max + bytesOver, body.Length);
            HttpContent content = declared ? new ByteArrayContent(body) : new UndeclaredLengthContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

            var response = await poster.PostAsync(TwilioWebhookPoster.InboundPath, content,
                poster.Sign(TwilioWebhookPoster.InboundPath, form));

            Assert.Equal(expected, response.StatusCode);
        }

        using var db = app.OpenDatabase();
        Assert.Equal(expected == HttpStatusCode.OK ? 2 : 0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
    }

    /// <summary>An inbound form whose url-encoded body is exactly <paramref name="length"/> bytes.</summary>
    private static List<KeyValuePair<string, string>> FormOfEncodedLength(int length)
    {
        var form = TwilioWebhookPoster.InboundForm(TwilioWebhookPoster.NewSid(), Villager, "");
        var bare = new FormUrlEncodedContent(form).Headers.ContentLength!.Value;
        var body = form.FindIndex(p => p.Key == "Body");
        form[body] = new("Body", new string('a', length - (int)bare));
        return form;
    }

    private static void AssertNothingRecorded(AlertsApp app)
    {
        using var db = app.OpenDatabase();
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM inbound_messages"));
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM outbound_messages"));
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM sms_opt_outs"));
    }

    /// <summary>A body sent chunked, with no Content-Length: the Host must count the bytes itself.</summary>
    private sealed class UndeclaredLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
