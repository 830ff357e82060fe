using System.Globalization;
using Alerts.Fakes.Twilio;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// Configuration for driving the Host's Twilio channel in tests: webhooks that verify signatures (the auth token is
/// the fake's, so one token serves both directions) and, with a <see cref="FakeTwilioServer"/>, live sending to it.
/// </summary>
internal static class TwilioTestSettings
{
    public const string AuthToken = FakeTwilioServer.DefaultAuthToken;

    /// <summary>WebApplicationFactory's client calls the test server as http://localhost.</summary>
    public const string LocalBaseUrl = "http://localhost";

    /// <summary>Twilio's magic test number, used as our sender.</summary>
    public const string From = "+15005550006";

    /// <summary>Webhooks only: signatures are checked, nothing leaves through Twilio (the simulator sends).</summary>
    public static Dictionary<string, string?> Webhooks(string webhookBaseUrl = LocalBaseUrl) => new()
    {
        ["Twilio:AuthToken"] = AuthToken,
        ["Twilio:WebhookBaseUrl"] = webhookBaseUrl,
    };

    /// <summary>
    /// Webhooks plus live sending through <paramref name="fake"/>, with quick retries and a send rate that never
    /// makes a test wait.
    /// </summary>
    public static Dictionary<string, string?> Live(FakeTwilioServer fake, int maxRetryAttempts = 3)
    {
        var settings = Webhooks();
        settings["Twilio:AccountSid"] = fake.AccountSid;
        settings["Twilio:AuthToken"] = fake.AuthToken;
        settings["Twilio:From"] = From;
        settings["Twilio:ApiBaseUrl"] = fake.BaseAddress.ToString();
        settings["Resilience:Twilio:SendRatePerSecond"] = "10000";
        settings["Resilience:Twilio:RetryDelay"] = "00:00:00.020";
        settings["Resilience:Twilio:MaxRetryAttempts"] = maxRetryAttempts.ToString(CultureInfo.InvariantCulture);
        return settings;
    }
}
