using Alerts.Channels.Twilio;
using Alerts.Fakes.Twilio;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Tests.Support;

/// <summary>Builds Twilio clients aimed at a FakeTwilioServer, behind the loopback-only guard.</summary>
internal static class TwilioTestSupport
{
    public const string From = "+15005550006";

    public static TwilioOptions Options(FakeTwilioServer server, string? authToken = null) => new()
    {
        AccountSid = server.AccountSid,
        AuthToken = authToken ?? server.AuthToken,
        From = From,
        ApiBaseUrl = server.BaseAddress.ToString(),
        StatusCallbackUrl = "https://alerts.example.cn/sms/twilio/status",
    };

    public static TwilioApiClient Client(FakeTwilioServer server, TwilioOptions? options = null,
        TwilioTestLogger<TwilioApiClient>? logger = null, TimeSpan? timeout = null, TimeProvider? time = null)
    {
        options ??= Options(server);
        var http = new HttpClient(TwilioLoopbackOnlyHandler.Wrapping(new SocketsHttpHandler { UseProxy = false }))
        {
            BaseAddress = new Uri(options.ApiBaseUrl),
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
        };
        return new TwilioApiClient(http, Microsoft.Extensions.Options.Options.Create(options),
            time ?? TimeProvider.System, logger ?? new TwilioTestLogger<TwilioApiClient>());
    }
}
