using Alerts.Bot.Language;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Conversations;

internal static class TurnText
{
    /// <summary>What the person said, normalised: typed text, voice recognition, a link's title; empty otherwise.</summary>
    public static string Of(InboundMessage m) => m.Kind is InboundKind.Text or InboundKind.Voice or InboundKind.Link
        ? TextNormalizer.Normalize(m.Text)
        : "";
}
