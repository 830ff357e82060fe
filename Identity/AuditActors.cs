using Alerts.Channels.Messages;

namespace Alerts.Identity;

/// <summary>How a chat address appears as the actor of an audit entry: channel and masked address, never the full one.</summary>
internal static class AuditActors
{
    public static string Chat(ChannelKind channel, string address) => Chat(channel.Key(), address);

    public static string Chat(string channel, string address) => $"{channel}:{AddressMask.Mask(address)}";
}
