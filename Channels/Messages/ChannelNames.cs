namespace Alerts.Channels.Messages;

/// <summary>
/// The names channels go by in configuration (Resilience:WeChat, Resilience:Twilio) and in stored rows (wechat, sms,
/// simulator).
/// </summary>
public static class ChannelNames
{
    public const string WeChat = "WeChat";
    public const string Twilio = "Twilio";

    /// <summary>The value stored in the channel columns.</summary>
    public static string Key(this ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat => "wechat",
        ChannelKind.Sms => "sms",
        _ => "simulator",
    };

    /// <summary>The channel a stored key names; anything else is the simulator.</summary>
    public static ChannelKind FromKey(string key) => key switch
    {
        "wechat" => ChannelKind.WeChat,
        "sms" => ChannelKind.Sms,
        _ => ChannelKind.Simulator,
    };

    /// <summary>The resilience and send-rate configuration name of a channel.</summary>
    public static string ProviderName(this ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat => WeChat,
        ChannelKind.Sms => Twilio,
        _ => "Simulator",
    };
}
