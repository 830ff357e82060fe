using Alerts.Channels.Messages;
using Alerts.Channels.Sms;
using Alerts.Channels.TencentSms;
using Alerts.Channels.Twilio;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Tests.TencentSms;

/// <summary>What start-up refuses before one text could go out wrong, and how a deployment picks its SMS provider.</summary>
public sealed class TencentSmsConfigurationTests
{
    private static TencentSmsOptions Options(Action<Dictionary<string, string?>>? change = null) =>
        TencentSmsTestServices.Options(change);

    private static string Failures(TencentSmsOptions o) =>
        new TencentSmsOptionsValidator().Validate(null, o).FailureMessage ?? "";

    [Fact]
    public void The_test_accounts_templates_pass() => Assert.Equal("", Failures(Options()));

    [Fact]
    public void An_unconfigured_provider_is_not_checked() => Assert.Equal("", Failures(new TencentSmsOptions()));

    [Theory]
    [InlineData("TencentSms:CallbackToken", "short", "CallbackToken")]
    [InlineData("TencentSms:Templates:reply:Id", "", "reply:Id")]
    [InlineData("TencentSms:Templates:reply:Params:0", "text:10", "at least 20")]
    [InlineData("TencentSms:Templates:warning:Params:1", "weather:10", "Params")]
    [InlineData("TencentSms:Templates:warning:Body", "{1}：{2}。", "Body must have")]
    [InlineData("TencentSms:Templates:code:DigitsOnly", "false", "验证码")]
    [InlineData("TencentSms:Templates:warning:Params:2", "instruction:480", "Tencent allows 500")]
    [InlineData("TencentSms:Templates:weather:Id", "3000009", "use warning")]
    public void A_template_or_token_that_cannot_work_is_refused_at_start(string key, string value, string expected)
    {
        var failures = Failures(Options(s => s[key] = value));

        Assert.Contains(expected, failures, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_purpose_is_named() =>
        Assert.Contains("Templates:notice is missing", Failures(Options(s =>
        {
            foreach (var key in s.Keys.Where(k => k.StartsWith("TencentSms:Templates:notice", StringComparison.Ordinal)).ToList()) s.Remove(key);
        })), StringComparison.Ordinal);

    [Theory]
    [InlineData(null, true, false, "twilio")]
    [InlineData(null, false, true, "tencent")]
    [InlineData(null, true, true, null)]
    [InlineData("Tencent", true, true, "tencent")]
    [InlineData(null, false, false, null)]
    public void The_sms_provider_is_the_one_chosen_or_the_only_one_configured(string? chosen, bool twilio, bool tencent, string? expected) =>
        Assert.Equal(expected, ChannelSenders.Choose(chosen, twilio, tencent));

    [Theory]
    [InlineData(null, true, true, "set Sms:Provider")]
    [InlineData("tencent", true, false, "not all set")]
    [InlineData("aliyun", false, true, "use twilio or tencent")]
    public void Start_up_refuses_an_unclear_or_impossible_choice(string? chosen, bool twilio, bool tencent, string expected)
    {
        var twilioOptions = twilio ? new TwilioOptions { AccountSid = "AC1", AuthToken = "t", From = "+15005550006" } : new TwilioOptions();
        var tencentOptions = tencent ? Options() : new TencentSmsOptions();
        var result = new SmsOptionsValidator(Microsoft.Extensions.Options.Options.Create(twilioOptions),
            Microsoft.Extensions.Options.Options.Create(tencentOptions)).Validate(null, new SmsOptions { Provider = chosen });

        Assert.Contains(expected, result.FailureMessage ?? "", StringComparison.Ordinal);
    }
}
