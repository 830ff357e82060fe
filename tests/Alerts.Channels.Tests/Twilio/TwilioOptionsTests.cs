using Alerts.Channels.Twilio;

namespace Alerts.Channels.Tests.Twilio;

public sealed class TwilioOptionsTests
{
    private static TwilioOptions Valid() => new()
    {
        AccountSid = "AC00000000000000000000000000000000", AuthToken = "token", From = "+15005550006",
    };

    [Fact]
    public void EmptyOptionsAreValidButNotConfigured()
    {
        var options = new TwilioOptions();
        Assert.True(new TwilioOptionsValidator().Validate(null, options).Succeeded);
        Assert.False(options.IsConfigured);
        Assert.Equal("https://api.twilio.com/", options.ApiBaseUrl);
        Assert.Equal(65536, options.MaxBodyBytes);
        Assert.Null(options.EffectiveStatusCallbackUrl);
    }

    [Theory]
    [InlineData("AC1", "t", "+15005550006", null, true)]
    [InlineData("AC1", "t", null, "MG1", true)]
    [InlineData("AC1", "t", null, null, false)]
    [InlineData("AC1", "", "+15005550006", null, false)]
    [InlineData(null, "t", "+15005550006", null, false)]
    public void ConfiguredNeedsSidTokenAndASender(string? sid, string? token, string? from, string? service,
        bool expected) =>
        Assert.Equal(expected, new TwilioOptions
        {
            AccountSid = sid, AuthToken = token, From = from, MessagingServiceSid = service,
        }.IsConfigured);

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("https://alerts.example.cn", null, "https://alerts.example.cn/sms/twilio/status")]
    [InlineData("https://alerts.example.cn/", null, "https://alerts.example.cn/sms/twilio/status")]
    [InlineData("https://alerts.example.cn", "https://cb.example.cn/s", "https://cb.example.cn/s")]
    public void StatusCallbackDefaultsFromTheWebhookBase(string? webhookBase, string? callback, string? expected) =>
        Assert.Equal(expected, new TwilioOptions { WebhookBaseUrl = webhookBase, StatusCallbackUrl = callback }
            .EffectiveStatusCallbackUrl);

    [Theory]
    [InlineData("From", "8613812345678")]
    [InlineData("From", "+86 138 1234 5678")]
    [InlineData("From", "+0123")]
    [InlineData("MessagingServiceSid", "XX123")]
    [InlineData("AccountSid", "SK123")]
    [InlineData("WebhookBaseUrl", "/relative")]
    [InlineData("WebhookBaseUrl", "ftp://alerts.example.cn")]
    [InlineData("WebhookBaseUrl", "https://bad_host.example.cn")]
    [InlineData("ApiBaseUrl", "api.twilio.com")]
    public void BadValuesFailValidation(string property, string value)
    {
        var options = Valid();
        typeof(TwilioOptions).GetProperty(property)!.SetValue(options, value);
        Assert.True(new TwilioOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void AFullValidConfigurationPasses()
    {
        var options = Valid();
        options.MessagingServiceSid = "MG00000000000000000000000000000000";
        options.WebhookBaseUrl = "https://alerts.example.cn";
        Assert.True(new TwilioOptionsValidator().Validate(null, options).Succeeded);
    }
}
