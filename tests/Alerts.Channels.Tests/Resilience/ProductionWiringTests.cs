using Alerts.Channels.Messages;
using Alerts.Channels.Twilio;
using Alerts.Channels.WeChat;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Channels.Tests.Resilience;

/// <summary>Both providers wired as production wires them (AddChannels), each against its loopback fake.</summary>
public sealed class ProductionWiringTests
{
    private const string Phone = "+8613812345678";

    [Fact]
    public async Task A_wechat_outage_opens_only_the_wechat_breaker_and_sms_still_goes_out()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        wechat.Enqueue(FakeWeChatFault.Http500(), times: 10);
        await using var services = Build(wechat, twilio);
        var wechatApi = services.GetRequiredService<WeChatApiClient>();

        // Two 500s on custom/send (not idempotent, so not retried) fill the window and open the WeChat breaker.
        await wechatApi.SendCustomTextAsync("token", "o1", "暴雨红色预警", default);
        await wechatApi.SendCustomTextAsync("token", "o1", "暴雨红色预警", default);
        await Record.ExceptionAsync(() => wechatApi.SendCustomTextAsync("token", "o1", "暴雨红色预警", default));
        var sms = await services.GetRequiredService<TwilioApiClient>().SendAsync(Phone, "暴雨红色预警", null, default);

        Assert.Equal(2, wechat.RequestsTo("/cgi-bin/message/custom/send").Count); // the third failed fast
        Assert.Equal(SendOutcome.Sent, sms.Outcome);
        Assert.Equal(1, twilio.MessageCount(Phone));
    }

    [Fact]
    public async Task A_wechat_template_send_is_retried_through_a_500_because_client_msg_id_makes_it_safe()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        wechat.Enqueue(FakeWeChatFault.Http500());
        await using var services = Build(wechat, twilio);
        var token = wechat.Tokens.Stable().Token;

        var result = await services.GetRequiredService<WeChatApiClient>().SendTemplateAsync(token, "o1", "TPL",
            new Dictionary<string, string> { ["first"] = "暴雨红色预警" }, "alerts-w1-p1", null, default);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(2, wechat.RequestsTo("/cgi-bin/message/template/send").Count);
    }

    [Fact]
    public async Task A_wechat_custom_send_whose_outcome_is_unknown_is_not_retried()
    {
        await using var wechat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        wechat.Enqueue(FakeWeChatFault.AcceptThenHttp500());
        await using var services = Build(wechat, twilio);
        var token = wechat.Tokens.Stable().Token;

        var result = await services.GetRequiredService<WeChatApiClient>().SendCustomTextAsync(token, "o1", "收到", default);

        Assert.Equal(SendOutcome.Unknown, result.Outcome);
        Assert.Single(wechat.RequestsTo("/cgi-bin/message/custom/send"));
    }

    private static ServiceProvider Build(FakeWeChatServer wechat, FakeTwilioServer twilio)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeChat:AppId"] = wechat.AppId,
            ["WeChat:AppSecret"] = wechat.AppSecret,
            ["WeChat:Token"] = "t",
            ["WeChat:ApiBaseUrl"] = wechat.BaseAddress.ToString(),
            ["Twilio:AccountSid"] = twilio.AccountSid,
            ["Twilio:AuthToken"] = twilio.AuthToken,
            ["Twilio:From"] = "+15005550006",
            ["Twilio:ApiBaseUrl"] = twilio.BaseAddress.ToString(),
            // Both breakers open after two failures in a window, so only the outage decides which one does.
            ["Resilience:WeChat:MinimumThroughput"] = "2",
            ["Resilience:WeChat:FailureRatio"] = "0.5",
            ["Resilience:WeChat:BreakDuration"] = "00:00:30",
            ["Resilience:Twilio:MinimumThroughput"] = "2",
            ["Resilience:Twilio:FailureRatio"] = "0.5",
            ["Resilience:Twilio:BreakDuration"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddChannels(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
