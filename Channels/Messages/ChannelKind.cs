namespace Alerts.Channels.Messages;

/// <summary>The ways a person reaches Alerts and is reached by it.</summary>
public enum ChannelKind
{
    WeChat,
    Sms,
    Simulator,
}
