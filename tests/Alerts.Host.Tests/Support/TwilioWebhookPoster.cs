using System.Xml.Linq;
using Alerts.Fakes.Twilio;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// Posts Twilio webhooks to the Host over its test client, shaped as Twilio sends them (twilio.md §2, §3) and signed
/// by the fake's independent <see cref="FakeTwilioSigner"/> over <paramref name="publicBaseUrl"/> + path and query:
/// the URL Twilio would have requested, which behind a proxy is not the one the Host sees.
/// </summary>
internal sealed class TwilioWebhookPoster(HttpClient http, string publicBaseUrl = TwilioTestSettings.LocalBaseUrl,
    string authToken = TwilioTestSettings.AuthToken)
{
    public const string InboundPath = "/sms/twilio";
    public const string StatusPath = "/sms/twilio/status";

    public static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    /// <summary>The signature Twilio would send for <paramref name="form"/> posted to this path.</summary>
    public string Sign(string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> form) =>
        FakeTwilioSigner.Sign(authToken, publicBaseUrl.TrimEnd('/') + pathAndQuery, form);

    public Task<HttpResponseMessage> InboundAsync(string from, string body, string? sid = null) =>
        PostSignedAsync(InboundPath, InboundForm(sid ?? NewSid(), from, body));

    public Task<HttpResponseMessage> StatusAsync(string sid, string status, int? errorCode = null) =>
        PostSignedAsync(StatusPath, StatusForm(sid, status, errorCode));

    public Task<HttpResponseMessage> PostSignedAsync(string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> form) =>
        PostAsync(pathAndQuery, new FormUrlEncodedContent(form), Sign(pathAndQuery, form));

    /// <summary>Posts any body with the given signature header; null sends none.</summary>
    public async Task<HttpResponseMessage> PostAsync(string pathAndQuery, HttpContent content, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Twilio-Signature", signature);
        }

        request.Headers.Add("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString());
        return await http.SendAsync(request);
    }

    /// <summary>Every parameter Twilio sends with an inbound SMS, legacy names included.</summary>
    public static List<KeyValuePair<string, string>> InboundForm(string sid, string from, string body) =>
    [
        new("ToCountry", "US"), new("SmsMessageSid", sid), new("NumMedia", "0"), new("SmsSid", sid),
        new("SmsStatus", "received"), new("Body", body), new("To", TwilioTestSettings.From), new("NumSegments", "1"),
        new("MessageSid", sid), new("AccountSid", FakeTwilioServer.DefaultAccountSid), new("From", from),
        new("FromCountry", "CN"), new("ApiVersion", "2010-04-01"),
    ];

    public static List<KeyValuePair<string, string>> StatusForm(string sid, string status, int? errorCode = null)
    {
        List<KeyValuePair<string, string>> form =
        [
            new("MessageSid", sid), new("SmsSid", sid), new("MessageStatus", status), new("SmsStatus", status),
            new("AccountSid", FakeTwilioServer.DefaultAccountSid), new("ApiVersion", "2010-04-01"),
            new("To", "+8613800000000"), new("From", TwilioTestSettings.From),
        ];
        if (errorCode is { } code)
        {
            form.Add(new("ErrorCode", code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return form;
    }

    /// <summary>The texts of the &lt;Message&gt; elements of a TwiML answer, in order.</summary>
    public static async Task<IReadOnlyList<string>> MessagesOfAsync(HttpResponseMessage response)
    {
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Response", twiml.Root!.Name.LocalName);
        return twiml.Root.Elements("Message").Select(m => m.Value).ToList();
    }
}
