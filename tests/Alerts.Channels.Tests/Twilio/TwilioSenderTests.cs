using Alerts.Channels.Messages;
using Alerts.Channels.Tests.Support;
using Alerts.Channels.Twilio;
using Alerts.Fakes.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Tests.Twilio;

public sealed class TwilioSenderTests : IAsyncLifetime
{
    private const string To = "+8613812345678";
    private FakeTwilioServer server = null!;

    public async Task InitializeAsync() => server = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private ServiceProvider Services(Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = server.AccountSid,
            ["Twilio:AuthToken"] = server.AuthToken,
            ["Twilio:From"] = TwilioTestSupport.From,
            ["Twilio:ApiBaseUrl"] = server.BaseAddress.ToString(),
            ["Twilio:WebhookBaseUrl"] = "https://alerts.example.cn",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        var services = new ServiceCollection().AddLogging();
        services.AddTwilio(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false })
            .AddHttpMessageHandler(() => new TwilioLoopbackOnlyHandler());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task TheRegisteredSenderSendsSmsThroughTheConfiguredApi()
    {
        await using var services = Services();
        var sender = services.GetServices<IMessageSender>().Single(s => s.Channel == ChannelKind.Sms);

        var result = await sender.SendAsync(new OutboundMessage(ChannelKind.Sms, To, "暴雨预警", "w1:p1"), default);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(server.Messages.Single().Sid, result.ProviderMessageId);
        Assert.Equal("https://alerts.example.cn/sms/twilio/status", server.Messages.Single().StatusCallback);
    }

    [Fact]
    public async Task AnOptedOutPersonComesBackUnreachableWith21610()
    {
        await using var services = Services();
        server.MarkOptedOut(To);

        var result = await services.GetRequiredService<TwilioSender>()
            .SendAsync(new OutboundMessage(ChannelKind.Sms, To, "test", "k"), default);

        Assert.Equal((SendOutcome.Unreachable, "21610"), (result.Outcome, result.Code));
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")]
    public async Task NonE164AddressesAreUnreachableWithoutCallingTwilio(string address)
    {
        await using var services = Services();

        var result = await services.GetRequiredService<TwilioSender>()
            .SendAsync(new OutboundMessage(ChannelKind.Sms, address, "test", "k"), default);

        Assert.Equal((SendOutcome.Unreachable, "21211"), (result.Outcome, result.Code));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AnUnconfiguredSenderFailsWithoutCallingTwilio()
    {
        await using var services = Services(new() { ["Twilio:AuthToken"] = null, ["Twilio:AccountSid"] = null });

        var result = await services.GetRequiredService<TwilioSender>()
            .SendAsync(new OutboundMessage(ChannelKind.Sms, To, "test", "k"), default);

        Assert.Equal((SendOutcome.Failed, "not-configured"), (result.Outcome, result.Code));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AMessageForAnotherChannelIsABug()
    {
        await using var services = Services();
        var sender = services.GetRequiredService<TwilioSender>();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, To, "test", "k"), default));
    }

    [Theory]
    [InlineData("Twilio:From", "8613812345678")]
    [InlineData("Twilio:MessagingServiceSid", "PN123")]
    [InlineData("Twilio:WebhookBaseUrl", "alerts.example.cn")]
    [InlineData("Twilio:MaxBodyBytes", "10")]
    public async Task BadConfigurationIsRejectedByOptionsValidation(string key, string value)
    {
        await using var services = Services(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TwilioOptions>>().Value);
    }
}
