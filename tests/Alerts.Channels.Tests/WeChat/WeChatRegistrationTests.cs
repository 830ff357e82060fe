using Alerts.Channels.Messages;
using Alerts.Channels.Tests.Support;
using Alerts.Channels.WeChat;
using Alerts.Fakes.WeChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatRegistrationTests
{
    [Fact]
    public async Task A_sender_resolved_from_the_container_sends_through_the_configured_base_url()
    {
        await using var server = await FakeWeChatServer.StartAsync();
        await using var provider = Build(new Dictionary<string, string?>
        {
            ["WeChat:AppId"] = server.AppId,
            ["WeChat:AppSecret"] = server.AppSecret,
            ["WeChat:Token"] = "t",
            ["WeChat:ApiBaseUrl"] = server.BaseAddress.ToString(),
        });

        var sender = Assert.Single(provider.GetServices<IMessageSender>());
        var result = await sender.SendAsync(new OutboundMessage(ChannelKind.WeChat, "o-1", "hi", "k"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(1, server.Messages.CountFor("o-1"));
        Assert.Same(provider.GetRequiredService<WeChatAccessTokens>(), provider.GetRequiredService<WeChatAccessTokens>());
        Assert.IsType<InMemoryAccessTokenStore>(provider.GetRequiredService<IAccessTokenStore>());
    }

    [Fact]
    public async Task A_token_store_registered_by_the_host_is_kept()
    {
        var shared = new InMemoryAccessTokenStore();
        var services = new ServiceCollection().AddLogging().AddSingleton<IAccessTokenStore>(shared);
        services.AddWeChat(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();

        Assert.Same(shared, provider.GetRequiredService<IAccessTokenStore>());
    }

    [Fact]
    public async Task A_malformed_aes_key_fails_options_validation()
    {
        await using var provider = Build(new Dictionary<string, string?> { ["WeChat:EncodingAESKey"] = "too-short" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WeChatOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        // The returned builder is the hook for the resilience handler; tests hang the loopback guard on it.
        services.AddWeChat(configuration).AddHttpMessageHandler(() => new LoopbackOnlyHandler());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
