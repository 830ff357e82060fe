using System.Xml.Linq;
using Twilio.TwiML;

namespace Alerts.Channels.Twilio;

/// <summary>
/// The TwiML answer to an inbound SMS (twilio.md §3), written by Twilio's <see cref="MessagingResponse"/>: an empty
/// &lt;Response&gt; for no reply, otherwise one &lt;Message&gt; per text. Twilio logs empty or non-XML bodies as errors
/// 11200/12300, so never answer with nothing.
/// </summary>
internal static class TwiML
{
    public const string ContentType = "text/xml; charset=utf-8";

    public static string Empty { get; } = new MessagingResponse().ToString(SaveOptions.DisableFormatting);

    public static string Messages(IReadOnlyList<string> texts)
    {
        var response = new MessagingResponse();
        foreach (var text in texts)
        {
            response.Message(StripInvalidXmlChars(text));
        }

        return response.ToString(SaveOptions.DisableFormatting);
    }

    // Control characters are illegal in XML 1.0: MessagingResponse throws on them, and Twilio would reject the reply.
    private static string StripInvalidXmlChars(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return text;
        }

        return new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray());
    }
}
