namespace Alerts.Channels.Sms;

/// <summary>
/// Which provider sends SMS in this deployment (section "Sms"): "twilio" or "tencent". Unset, it is whichever one is
/// configured; both configured and none chosen is refused at start, so no deployment texts through a provider by
/// accident. A village in the mainland is texted through Tencent Cloud (approved signature and templates).
/// </summary>
internal sealed class SmsOptions
{
    public const string SectionName = "Sms";
    public const string Twilio = "twilio";
    public const string Tencent = "tencent";

    public string? Provider { get; set; }
}
