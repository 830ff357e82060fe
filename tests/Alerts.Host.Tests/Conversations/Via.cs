namespace Alerts.Host.Tests.Conversations;

/// <summary>The channel a scripted conversation goes through: the WeChat push webhook or the Twilio SMS webhook.</summary>
public enum Via
{
    WeChat,
    Sms,
}
