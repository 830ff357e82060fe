using Alerts.Channels.Messages;
using Alerts.Channels.Tests.Support;
using Alerts.Channels.Twilio;
using Alerts.Fakes.Twilio;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Channels.Tests.Twilio;

public sealed class TwilioWebhookTests
{
    private const string Token = "test-auth-token";
    private const string InboundUrl = "https://alerts.example.cn/sms/twilio/inbound";
    private const string StatusUrl = "https://alerts.example.cn/sms/twilio/status";
    private const string Sid = "SM0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

    private static TwilioWebhook Webhook(string? token = Token) =>
        new(Options.Create(new TwilioOptions { AuthToken = token }), new FakeTimeProvider(Now));

    private static List<KeyValuePair<string, string>> InboundForm(params (string Key, string Value)[] extra)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", Sid), new("SmsSid", Sid), new("AccountSid", "AC00000000000000000000000000000000"),
            new("From", "+8613812345678"), new("To", "+15005550006"), new("Body", "我家 被淹了 & help"),
            new("NumMedia", "0"), new("SmsStatus", "received"), new("ApiVersion", "2010-04-01"),
            new("FromCountry", "CN"), new("SomethingTwilioAddsLater", "x"),
        };
        foreach (var (key, value) in extra)
        {
            form.RemoveAll(p => p.Key == key);
            form.Add(new(key, value));
        }

        return form;
    }

    private static string Sign(string url, IEnumerable<KeyValuePair<string, string>> form) =>
        FakeTwilioSigner.Sign(Token, url, form);

    [Fact]
    public void ASignedInboundSmsBecomesAnInboundMessage()
    {
        var form = InboundForm();
        var result = Webhook().OpenInbound(InboundUrl, Sign(InboundUrl, form), form);

        Assert.Equal(WebhookVerdict.Ok, result.Verdict);
        Assert.Equal(new InboundMessage(ChannelKind.Sms, "+8613812345678", Sid, InboundKind.Text,
            "我家 被淹了 & help", Now), result.Value);
    }

    [Fact]
    public void MediaUrlIsCarriedAndAnImageWithoutTextIsAnImage()
    {
        var form = InboundForm(("Body", ""), ("NumMedia", "1"), ("MediaUrl0", "https://api.twilio.com/m/ME1"),
            ("MediaContentType0", "image/jpeg"));
        var result = Webhook().OpenInbound(InboundUrl, Sign(InboundUrl, form), form);

        Assert.Equal(InboundKind.Image, result.Value!.Kind);
        Assert.Equal("https://api.twilio.com/m/ME1", result.Value.Url);
    }

    public static TheoryData<string, string?, string> SignatureCases => new()
    {
        { InboundUrl, null, nameof(WebhookVerdict.Forbidden) },
        { InboundUrl, "", nameof(WebhookVerdict.Forbidden) },
        { InboundUrl, "bm90IGEgc2lnbmF0dXJl", nameof(WebhookVerdict.Forbidden) },
        // Signed for another URL (e.g. http behind a proxy) does not pass.
        { "http://alerts.example.cn/sms/twilio/inbound", "signed-for-https", nameof(WebhookVerdict.Forbidden) },
        // Twilio's RequestValidator (8.2.0) adds :443 to a URL without a port but does not strip an explicit :443, so
        // Twilio:WebhookBaseUrl must be written as the URL configured at Twilio.
        { "https://alerts.example.cn:443/sms/twilio/inbound", "signed-for-https", nameof(WebhookVerdict.Forbidden) },
    };

    [Theory]
    [MemberData(nameof(SignatureCases))]
    public void SignaturesAreCheckedBeforeAnythingElse(string url, string? header, string expected)
    {
        var form = InboundForm();
        var signature = header == "signed-for-https" ? Sign(InboundUrl, form) : header;
        Assert.Equal(Enum.Parse<WebhookVerdict>(expected), Webhook().OpenInbound(url, signature, form).Verdict);
    }

    [Fact]
    public void WithoutAnAuthTokenNothingIsTrusted()
    {
        var form = InboundForm();
        var result = Webhook(token: null).OpenInbound(InboundUrl, Sign(InboundUrl, form), form);
        Assert.Equal(WebhookVerdict.Forbidden, result.Verdict);
    }

    [Fact]
    public void ATamperedFormIsForbidden()
    {
        var form = InboundForm();
        var signature = Sign(InboundUrl, form);
        form.Add(new("Injected", "1"));
        Assert.Equal(WebhookVerdict.Forbidden, Webhook().OpenInbound(InboundUrl, signature, form).Verdict);
    }

    [Theory]
    [InlineData("MessageSid", "", "SmsSid", "")]
    [InlineData("MessageSid", "not a sid", "SmsSid", "not a sid")]
    [InlineData("From", "", "Body", "x")]
    [InlineData("From", "13812345678", "Body", "x")]
    [InlineData("From", "whatsapp:+8613812345678", "Body", "x")]
    public void SignedButIncompleteInboundIsMalformed(string key1, string value1, string key2, string value2)
    {
        var form = InboundForm((key1, value1), (key2, value2));
        form.RemoveAll(p => p.Value == "");
        var result = Webhook().OpenInbound(InboundUrl, Sign(InboundUrl, form), form);
        Assert.Equal(WebhookVerdict.Malformed, result.Verdict);
    }

    public static TheoryData<string[], string, int?, string?> StatusCases => new()
    {
        { ["MessageSid", Sid, "MessageStatus", "sent", "To", "+8613812345678"], "sent", null, "+8613812345678" },
        { ["MessageSid", Sid, "MessageStatus", "undelivered", "ErrorCode", "30003", "To", "+8613812345678"],
            "undelivered", 30003, "+8613812345678" },
        { ["MessageSid", Sid, "MessageStatus", "Delivered", "RawDlrDoneDate", "2607010801"], "delivered", null, null },
        // Legacy names only.
        { ["SmsSid", Sid, "SmsStatus", "failed", "ErrorCode", "30005"], "failed", 30005, null },
        { ["MessageSid", Sid, "MessageStatus", "sent", "ErrorCode", "n/a"], "sent", null, null },
    };

    [Theory]
    [MemberData(nameof(StatusCases))]
    public void SignedStatusCallbacksBecomeStatusUpdates(string[] pairs, string status, int? errorCode, string? to)
    {
        var form = Pairs(pairs);
        var result = Webhook().OpenStatus(StatusUrl, Sign(StatusUrl, form), form);
        Assert.Equal(WebhookVerdict.Ok, result.Verdict);
        Assert.Equal(new StatusUpdate(Sid, status, errorCode, to), result.Value);
    }

    public static TheoryData<string[]> MalformedStatusCases => new()
    {
        { ["MessageStatus", "sent"] },
        { ["MessageSid", Sid] },
        { ["MessageSid", Sid, "MessageStatus", " "] },
        { ["MessageSid", "SM-../../etc", "MessageStatus", "sent"] },
    };

    [Theory]
    [MemberData(nameof(MalformedStatusCases))]
    public void SignedButIncompleteStatusIsMalformed(string[] pairs)
    {
        var form = Pairs(pairs);
        Assert.Equal(WebhookVerdict.Malformed, Webhook().OpenStatus(StatusUrl, Sign(StatusUrl, form), form).Verdict);
    }

    [Fact]
    public void UnsignedStatusIsForbidden()
    {
        var form = Pairs(["MessageSid", Sid, "MessageStatus", "delivered"]);
        Assert.Equal(WebhookVerdict.Forbidden, Webhook().OpenStatus(StatusUrl, Sign(InboundUrl, form), form).Verdict);
    }

    private static List<KeyValuePair<string, string>> Pairs(string[] flat) =>
        flat.Chunk(2).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToList();
}
