using System.Text;
using System.Xml;

namespace Alerts.Channels.Twilio;

/// <summary>
/// The TwiML answer to an inbound SMS (twilio.md §3): an empty &lt;Response/&gt; for no reply, otherwise one
/// &lt;Message&gt; per text. Twilio logs empty or non-XML bodies as errors 11200/12300, so never answer with nothing.
/// </summary>
internal static class TwiML
{
    public const string ContentType = "text/xml; charset=utf-8";

    public const string Empty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    public static string Messages(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return Empty;
        }

        var output = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = false };
        using (var writer = XmlWriter.Create(output, settings))
        {
            writer.WriteStartElement("Response");
            foreach (var text in texts)
            {
                writer.WriteElementString("Message", StripInvalidXmlChars(text));
            }

            writer.WriteEndElement();
        }

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + output;
    }

    // Control characters are illegal in XML 1.0 and would make Twilio reject the whole reply.
    private static string StripInvalidXmlChars(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return text;
        }

        return new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray());
    }
}
