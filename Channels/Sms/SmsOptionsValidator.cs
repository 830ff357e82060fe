using Alerts.Channels.Messages;
using Alerts.Channels.TencentSms;
using Alerts.Channels.Twilio;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Sms;

/// <summary>One SMS provider per deployment, chosen plainly: a choice names a provider that is configured, and two
/// configured providers need a choice.</summary>
internal sealed class SmsOptionsValidator(IOptions<TwilioOptions> twilio, IOptions<TencentSmsOptions> tencent)
    : IValidateOptions<SmsOptions>
{
    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        var hasTwilio = twilio.Value.IsConfigured;
        var hasTencent = tencent.Value.IsConfigured;
        var chosen = ChannelSenders.Choose(options.Provider, hasTwilio, hasTencent);
        return chosen switch
        {
            null when hasTwilio && hasTencent => ValidateOptionsResult.Fail(
                "Both Twilio and TencentSms are configured: set Sms:Provider to twilio or tencent."),
            null => ValidateOptionsResult.Success,
            SmsOptions.Tencent when !hasTencent => ValidateOptionsResult.Fail(
                "Sms:Provider is tencent but TencentSms:SecretId, SecretKey, SmsSdkAppId and SignName are not all set."),
            SmsOptions.Twilio when !hasTwilio => ValidateOptionsResult.Fail(
                "Sms:Provider is twilio but Twilio:AccountSid, AuthToken and From (or MessagingServiceSid) are not all set."),
            SmsOptions.Tencent or SmsOptions.Twilio => ValidateOptionsResult.Success,
            _ => ValidateOptionsResult.Fail($"Sms:Provider is '{options.Provider}'; use twilio or tencent."),
        };
    }
}
