using Alerts.Channels.Messages;
using Alerts.Store.People;

namespace Alerts.Host.Simulator;

/// <summary>Which channels a person can write on, and the address each channel would show the bot.</summary>
internal static class SimulatorChannels
{
    public static ChannelKind? Parse(string? key) => key switch
    {
        "wechat" => ChannelKind.WeChat,
        "sms" => ChannelKind.Sms,
        _ => null,
    };

    /// <summary>The openid for WeChat, the E.164 number for SMS: exactly what the real webhook would hand over.</summary>
    public static string? AddressOf(Person person, ChannelKind channel) => channel switch
    {
        ChannelKind.WeChat => person.WechatOpenid,
        ChannelKind.Sms => person.Phone,
        _ => null,
    };

    /// <summary>WeChat when the person follows the account, else SMS; null when they have neither.</summary>
    public static ChannelKind? DefaultFor(Person person) =>
        person.WechatOpenid is not null ? ChannelKind.WeChat : person.Phone is not null ? ChannelKind.Sms : null;

    public static string Label(ChannelKind channel) => channel == ChannelKind.WeChat ? "微信" : "短信";
}
