namespace Alerts.Channels.Messages;

/// <summary>
/// The names providers go by in configuration (Resilience:WeChat, Resilience:Twilio, Resilience:TencentSms) and channels
/// in stored rows (wechat, sms, simulator).
/// </summary>
public static class ChannelNames
{
    public const string WeChat = "WeChat";
    public const string Twilio = "Twilio";
    public const string TencentSms = "TencentSms";

    /// <summary>Every provider with a resilience pipeline and a send rate of its own.</summary>
    public static IReadOnlyList<string> Providers { get; } = [WeChat, Twilio, TencentSms];

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
}
