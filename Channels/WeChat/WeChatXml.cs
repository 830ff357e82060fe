using System.Diagnostics.CodeAnalysis;
using System.Xml;

namespace Alerts.Channels.WeChat;

/// <summary>
/// Hardened reading of WeChat push XML into a flat field map. DTDs are prohibited and no resolver is set, so XXE and
/// entity expansion (billion laughs) fail as malformed (wechat.md §11; Senparc #1268). Children of the root become
/// fields by their exact, case-sensitive element names; deeper leaves become "Parent.Child" (menu events).
/// </summary>
internal static class WeChatXml
{
    // Pushes are a few KB; the Webhook also caps the body in bytes before we get here.
    private const long MaxCharacters = 256 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static bool TryParse(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? fields)
    {
        using var stream = new MemoryStream(body.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        return TryRead(reader, out fields);
    }

    public static bool TryParse(string xml, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? fields)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return TryRead(reader, out fields);
    }

    /// <summary>Reads the &lt;Encrypt&gt; value of a safe-mode envelope, with the same hardening.</summary>
    public static bool TryReadEncrypt(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out string? encrypt)
    {
        encrypt = null;
        if (!TryParse(body, out var fields) || !fields.TryGetValue("Encrypt", out var value) || value.Length == 0)
        {
            return false;
        }

        encrypt = value;
        return true;
    }

    private static bool TryRead(XmlReader reader, [NotNullWhen(true)] out IReadOnlyDictionary<string, string>? fields)
    {
        fields = null;
        try
        {
            var result = ReadFields(reader);
            if (result is null)
            {
                return false;
            }

            fields = result;
            return true;
        }
        catch (XmlException)
        {
            // Broken XML, a DOCTYPE, an entity or an over-long document: all the same to us, malformed.
            return false;
        }
    }

    private static Dictionary<string, string>? ReadFields(XmlReader reader)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<string>();
        var sawRoot = false;
        var collecting = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 0)
            {
                if (sawRoot || reader.Name != "xml")
                {
                    return null;
                }

                sawRoot = true;
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                path.RemoveRange(reader.Depth - 1, path.Count - (reader.Depth - 1));
                path.Add(reader.Name);
                var key = string.Join('.', path);
                collecting = fields.TryAdd(key, "");
                if (!collecting && reader.Depth == 1)
                {
                    // Two values for one top-level field: refuse rather than guess which one counts.
                    return null;
                }

                // Deeper repeats (lists in menu events) keep their first value.
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                collecting = false;
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && collecting)
            {
                var owner = string.Join('.', path);
                fields[owner] += reader.Value;
            }
        }

        return sawRoot ? fields : null;
    }
}
