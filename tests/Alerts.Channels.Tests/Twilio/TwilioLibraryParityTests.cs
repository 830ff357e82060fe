using Alerts.Channels.Tests.Support;
using Alerts.Fakes.Twilio;
using TwilioLibrary = Twilio.Clients.TwilioRestClient;
using TwilioLibraryHttp = Twilio.Http.SystemNetHttpClient;
using TwilioMessage = Twilio.Rest.Api.V2010.Account.MessageResource;
using TwilioMessageOptions = Twilio.Rest.Api.V2010.Account.CreateMessageOptions;
using TwilioPhoneNumber = Twilio.Types.PhoneNumber;

namespace Alerts.Channels.Tests.Twilio;

/// <summary>
/// We keep our own REST client (README, Twilio): these tests prove it sends what Twilio's library sends for the same
/// message. Both post to the same fake; the library's request is redirected from api.twilio.com to it, untouched
/// otherwise, and the two recorded requests must agree on method, path, content type, Basic auth and every field.
/// </summary>
public sealed class TwilioLibraryParityTests : IAsyncLifetime
{
    private const string To = "+8613812345678";
    private const string Body = "【预警】暴雨红色预警：请立即转移到安置点。 a+b&c=d %20";
    private const string Callback = "https://alerts.example.cn/sms/twilio/status";
    private FakeTwilioServer server = null!;

    public async Task InitializeAsync() => server = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task WithAFromNumberAndStatusCallbackOurRequestIsTheLibrarys()
    {
        await TwilioTestSupport.Client(server).SendAsync(To, Body, Callback, default);
        await TwilioMessage.CreateAsync(new TwilioMessageOptions(new TwilioPhoneNumber(To))
        {
            From = new TwilioPhoneNumber(TwilioTestSupport.From),
            Body = Body,
            StatusCallback = new Uri(Callback),
        }, LibraryClient());

        AssertSameRequest();
    }

    [Fact]
    public async Task WithAMessagingServiceOurRequestIsTheLibrarys()
    {
        var options = TwilioTestSupport.Options(server);
        options.From = null;
        options.MessagingServiceSid = "MG00000000000000000000000000000001";

        await TwilioTestSupport.Client(server, options).SendAsync(To, Body, null, default);
        await TwilioMessage.CreateAsync(new TwilioMessageOptions(new TwilioPhoneNumber(To))
        {
            MessagingServiceSid = options.MessagingServiceSid,
            Body = Body,
        }, LibraryClient());

        AssertSameRequest();
    }

    private void AssertSameRequest()
    {
        Assert.Equal(2, server.Requests.Count);
        var (ours, library) = (server.Requests[0], server.Requests[1]);
        Assert.Equal(library.Method, ours.Method);
        Assert.Equal($"/2010-04-01/Accounts/{server.AccountSid}/Messages.json", library.Path);
        Assert.Equal(library.Path, ours.Path);
        Assert.Equal(library.QueryString, ours.QueryString);
        Assert.Equal(library.Authorization, ours.Authorization);
        Assert.Equal(MediaType(library.ContentType), MediaType(ours.ContentType));
        // A form's field order carries no meaning; names, values and their count must match exactly.
        Assert.Equal(Sorted(library.Form), Sorted(ours.Form));
        Assert.Equal(2, server.Messages.Count);
    }

    private TwilioLibrary LibraryClient()
    {
        var http = new HttpClient(new ToFakeHandler(server.BaseAddress)
        {
            InnerHandler = TwilioLoopbackOnlyHandler.Wrapping(new SocketsHttpHandler { UseProxy = false }),
        });
        return new TwilioLibrary(server.AccountSid, server.AuthToken, httpClient: new TwilioLibraryHttp(http));
    }

    private static string? MediaType(string? contentType) => contentType?.Split(';')[0].Trim();

    private static KeyValuePair<string, string>[] Sorted(IEnumerable<KeyValuePair<string, string>> form) =>
        [.. form.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)];

    /// <summary>Sends the library's request to the fake instead of https://api.twilio.com, path and query kept.</summary>
    private sealed class ToFakeHandler(Uri fake) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var original = request.RequestUri!;
            Assert.Equal("api.twilio.com", original.Host);
            request.RequestUri = new Uri(fake, original.PathAndQuery);
            return base.SendAsync(request, ct);
        }
    }
}
