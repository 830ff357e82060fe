using Alerts.Channels.Messages;
using Alerts.Channels.TencentSms;
using Alerts.Fakes.TencentSms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Channels.Tests.TencentSms;

/// <summary>The Tencent sender through the real typed client and TC3 signing, against the loopback fake.</summary>
public sealed class TencentSmsSenderTests : IAsyncLifetime
{
    private const string To = "+8613812345678";
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private FakeTencentSmsServer server = null!;

    public async Task InitializeAsync() => server = await FakeTencentSmsServer.StartAsync(TencentSmsTestAccount.Account, clock);

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static OutboundMessage Warning(string key = "warning:7:9:sms", string? shelter = "村小学安置点") =>
        new(ChannelKind.Sms, To, "【滑坡橙色预警】后山出现裂缝。请立即撤离。", key)
        {
            Purpose = MessagePurpose.Warning,
            Template = new MessageTemplate("geological.orange", new Dictionary<string, string>
            {
                ["title"] = "滑坡橙色预警", ["headline"] = "后山出现裂缝", ["instruction"] = "请立即撤离", ["event"] = "滑坡",
                ["shelter"] = shelter ?? "",
            }),
        };

    [Fact]
    public async Task A_warning_goes_as_its_hazards_template_with_our_key_as_session_context()
    {
        await using var services = TencentSmsTestServices.Build(server, clock);
        var result = await services.GetRequiredService<TencentSmsSender>().SendAsync(Warning(), default);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sms = Assert.Single(server.Messages);
        Assert.Equal(sms.SerialNo, result.ProviderMessageId);
        Assert.Equal("3000002", sms.TemplateId); // warning.geological: no warning.geological.orange is configured
        Assert.Equal(["滑坡橙色预警", "后山出现裂缝", "村小学安置点"], sms.Params);
        Assert.Equal("warning:7:9:sms", sms.SessionContext);
        Assert.Equal("【山区预警】滑坡橙色预警：后山出现裂缝。撤离去向：村小学安置点。回复1确认，回复2求助。", sms.Text);
    }

    [Fact]
    public async Task A_village_without_a_shelter_gets_the_fallback_value_never_an_empty_place()
    {
        await using var services = TencentSmsTestServices.Build(server, clock);
        await services.GetRequiredService<TencentSmsSender>().SendAsync(Warning(shelter: null), default);

        Assert.Equal("请立即撤离", Assert.Single(server.Messages).Params[2]);
    }

    [Fact]
    public async Task A_second_text_inside_the_numbers_window_waits_for_the_window_and_costs_no_attempt()
    {
        server.LimitPerNumber(1, TimeSpan.FromSeconds(30));
        await using var services = TencentSmsTestServices.Build(server, clock);
        var sender = services.GetRequiredService<TencentSmsSender>();
        await sender.SendAsync(Warning("warning:1:9:sms"), default);

        var refused = await sender.SendAsync(Warning("warning:2:9:sms"), default);

        Assert.Equal(SendOutcome.Retryable, refused.Outcome);
        Assert.True(refused.WindowLimited && refused.NotAnAttempt);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
        Assert.Equal("LimitExceeded.PhoneNumberThirtySecondLimit", refused.Code);
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(SendOutcome.Sent, (await sender.SendAsync(Warning("warning:2:9:sms"), default)).Outcome);
    }

    [Fact]
    public async Task A_number_on_the_do_not_disturb_list_is_unreachable_and_reported_as_opted_out()
    {
        server.MarkBlacklisted(To);
        await using var services = TencentSmsTestServices.Build(server, clock);
        var result = await services.GetRequiredService<TencentSmsSender>().SendAsync(Warning(), default);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.True(result.RecipientOptedOut);
    }

    [Theory]
    [InlineData(FakeTencentFaultKind.InternalError, SendOutcome.Unknown)]
    [InlineData(FakeTencentFaultKind.DropConnectionAfterAccepting, SendOutcome.Unknown)]
    [InlineData(FakeTencentFaultKind.ServerErrorAfterAccepting, SendOutcome.Unknown)]
    [InlineData(FakeTencentFaultKind.RequestLimitExceeded, SendOutcome.Retryable)]
    public async Task Faults_are_classified_by_whether_the_text_may_have_gone(FakeTencentFaultKind fault, SendOutcome expected)
    {
        server.Inject(new FakeTencentFault(fault));
        await using var services = TencentSmsTestServices.Build(server, clock);

        Assert.Equal(expected, (await services.GetRequiredService<TencentSmsSender>().SendAsync(Warning(), default)).Outcome);
    }

    [Fact]
    public async Task A_send_in_doubt_is_found_by_its_session_context_in_the_status_pull()
    {
        server.SessionContextInReports = true;
        server.PostReceipts(null);
        server.Inject(FakeTencentFault.DropConnectionAfterAccepting);
        await using var services = TencentSmsTestServices.Build(server, clock);
        var sender = services.GetRequiredService<TencentSmsSender>();
        var first = clock.GetUtcNow();
        Assert.Equal(SendOutcome.Unknown, (await sender.SendAsync(Warning(), default)).Outcome);

        var answer = await sender.ReconcileAsync(Warning(), DoubtfulSend.Once(first), default);

        Assert.Equal(ReconcileVerdict.Sent, answer.Verdict);
        Assert.Equal(Assert.Single(server.Messages).SerialNo, answer.ProviderMessageId);
    }

    [Fact]
    public async Task Without_an_echoed_key_a_send_in_doubt_waits_for_a_receipt_then_is_resent_as_a_possible_duplicate()
    {
        await using var services = TencentSmsTestServices.Build(server, clock, echoed: false);
        var sender = services.GetRequiredService<TencentSmsSender>();
        var first = clock.GetUtcNow();

        Assert.Equal(Reconciliation.AskLater, await sender.ReconcileAsync(Warning(), DoubtfulSend.Once(first), default));
        clock.Advance(TimeSpan.FromMinutes(10));
        var late = await sender.ReconcileAsync(Warning(), DoubtfulSend.Once(first), default);

        Assert.Equal(ReconcileVerdict.SendAgain, late.Verdict);
        Assert.True(late.PossibleDuplicate);
        Assert.DoesNotContain(server.Requests, r => r.Action == "PullSmsSendStatusByPhoneNumber");
    }

    [Fact]
    public async Task A_code_that_is_not_digits_is_never_cut_or_sent()
    {
        await using var services = TencentSmsTestServices.Build(server, clock);
        var code = new OutboundMessage(ChannelKind.Sms, To, "验证码12345678", "notification:1:sms")
        {
            Purpose = MessagePurpose.Code,
            Template = new MessageTemplate("code", new Dictionary<string, string> { ["code"] = "12345678", ["minutes"] = "5" }),
        };

        var result = await services.GetRequiredService<TencentSmsSender>().SendAsync(code, default);

        Assert.Equal((SendOutcome.Failed, "value-refused"), (result.Outcome, result.Code));
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task A_number_outside_the_mainland_is_unreachable_without_asking_tencent()
    {
        await using var services = TencentSmsTestServices.Build(server, clock);
        var result = await services.GetRequiredService<TencentSmsSender>().SendAsync(Warning() with { Address = "+15005550006" }, default);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Empty(server.Requests);
    }
}
