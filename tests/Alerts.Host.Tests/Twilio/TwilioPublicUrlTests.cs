using System.Net;
using Alerts.Channels.Twilio;
using Alerts.Fakes.Twilio;
using Alerts.Host.Tests.Support;
using Alerts.Host.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Alerts.Host.Tests.Twilio;

/// <summary>
/// Which URL the Host checks X-Twilio-Signature against: Twilio:WebhookBaseUrl + path + query when set (behind a
/// TLS-terminating proxy Twilio called https://public-host while we see http://localhost), else the request's own.
/// </summary>
public sealed class TwilioPublicUrlTests
{
    private const string Villager = "+8613812345678";

    /// <summary>Twilio's documented example (webhooks-security; twilio-csharp RequestValidatorTest).</summary>
    private static readonly KeyValuePair<string, string>[] DocumentedForm =
    [
        new("CallSid", "CA1234567890ABCDE"), new("Caller", "+14158675309"), new("Digits", "1234"),
        new("From", "+14158675309"), new("To", "+18005551212"),
    ];

    [Fact]
    public void TwilioDocumentedSignatureValidatesAgainstTheUrlTheHostRebuildsBehindAProxy()
    {
        // What a proxy in front of https://mycompany.com hands us: another scheme, host and port, same path and query.
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.5", 8080);
        request.Path = "/myapp.php";
        request.QueryString = new QueryString("?foo=1&bar=2");

        var url = TwilioEndpoints.PublicUrl(request, new TwilioOptions { WebhookBaseUrl = "https://mycompany.com" });

        Assert.Equal("https://mycompany.com/myapp.php?foo=1&bar=2", url);
        Assert.Equal("RSOYDt4T1cUTdK1PDd93/VVr8B8=", FakeTwilioSigner.Sign("12345", url, DocumentedForm));
        Assert.True(TwilioSignature.IsValid("12345", url, DocumentedForm, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        var seen = TwilioEndpoints.PublicUrl(request, new TwilioOptions());
        Assert.Equal("http://10.0.0.5:8080/myapp.php?foo=1&bar=2", seen);
        Assert.False(TwilioSignature.IsValid("12345", seen, DocumentedForm, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    [Theory]
    [InlineData("https://alerts.example.cn", "/sms/twilio", "", "https://alerts.example.cn/sms/twilio")]
    [InlineData("https://alerts.example.cn/", "/sms/twilio", "", "https://alerts.example.cn/sms/twilio")]
    [InlineData("https://example.cn/alerts", "/sms/twilio/status", "", "https://example.cn/alerts/sms/twilio/status")]
    [InlineData("https://alerts.example.cn", "/sms/twilio", "?a=%E4%BD%A0&b=x+y", "https://alerts.example.cn/sms/twilio?a=%E4%BD%A0&b=x+y")]
    [InlineData(null, "/sms/twilio", "?foo=1", "http://10.0.0.5:8080/sms/twilio?foo=1")]
    [InlineData("", "/sms/twilio", "", "http://10.0.0.5:8080/sms/twilio")]
    public void ThePublicUrlIsTheBaseUrlPlusPathAndQueryElseTheRequestUrl(string? baseUrl, string path, string query,
        string expected)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.5", 8080);
        request.Path = path;
        request.QueryString = new QueryString(query);

        Assert.Equal(expected, TwilioEndpoints.PublicUrl(request, new TwilioOptions { WebhookBaseUrl = baseUrl }));
    }

    public static TheoryData<string?, string, string, HttpStatusCode> OverHttp => new()
    {
        // Behind a TLS proxy: Twilio signed the public https URL though the test server sees http://localhost.
        { "https://alerts.example.cn", "/sms/twilio", "https://alerts.example.cn/sms/twilio", HttpStatusCode.OK },
        { "https://alerts.example.cn", "/sms/twilio", "https://alerts.example.cn:443/sms/twilio", HttpStatusCode.OK },
        { "https://example.cn/alerts", "/sms/twilio", "https://example.cn/alerts/sms/twilio", HttpStatusCode.OK },
        { "https://alerts.example.cn", "/sms/twilio?src=cn&x=a%20b", "https://alerts.example.cn/sms/twilio?src=cn&x=a%20b", HttpStatusCode.OK },
        // With a public URL set, a signature over the internal URL is not Twilio's.
        { "https://alerts.example.cn", "/sms/twilio", "http://localhost/sms/twilio", HttpStatusCode.Forbidden },
        { "https://alerts.example.cn", "/sms/twilio", "http://alerts.example.cn/sms/twilio", HttpStatusCode.Forbidden },
        { "https://alerts.example.cn", "/sms/twilio?src=cn", "https://alerts.example.cn/sms/twilio", HttpStatusCode.Forbidden },
        { "https://alerts.example.cn", "/sms/twilio", "https://alerts.example.cn/sms/twilio/", HttpStatusCode.Forbidden },
        // Without one, the request's own URL is what counts.
        { null, "/sms/twilio", "http://localhost/sms/twilio", HttpStatusCode.OK },
        { null, "/sms/twilio", "https://alerts.example.cn/sms/twilio", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(OverHttp))]
    public async Task TheHostChecksTheSignatureOverThePublicUrl(string? webhookBaseUrl, string pathAndQuery,
        string signedUrl, HttpStatusCode expected)
    {
        var settings = TwilioTestSettings.Webhooks();
        settings["Twilio:WebhookBaseUrl"] = webhookBaseUrl;
        await using var app = new AlertsApp(settings);
        var poster = new TwilioWebhookPoster(app.CreateClient());
        var form = TwilioWebhookPoster.InboundForm(TwilioWebhookPoster.NewSid(), Villager, "山体滑坡");

        var response = await poster.PostAsync(pathAndQuery, new FormUrlEncodedContent(form),
            FakeTwilioSigner.Sign(TwilioTestSettings.AuthToken, signedUrl, form));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("这里是灾害预警与救助服务", Assert.Single(await TwilioWebhookPoster.MessagesOfAsync(response)));
        }
    }
}
