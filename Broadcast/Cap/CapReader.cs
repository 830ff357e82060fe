using System.Xml;
using System.Xml.Linq;
using Alerts.Broadcast.Warnings;

namespace Alerts.Broadcast.Cap;

/// <summary>
/// Parses a CAP 1.2 alert with a hardened reader (no DTD, no resolver, size cap) and checks the elements CAP
/// requires. Well-formedness and required elements only; what the alert means is the importer's business.
/// </summary>
public static class CapReader
{
    public static Outcome<CapAlert> Read(Stream xml, int maxChars)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxChars,
            MaxCharactersFromEntities = 1_024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return Bad("xml", "不是有效的 CAP XML（不接受 DTD）", $"Not valid CAP XML (DTDs are refused): {ex.Message}");
        }
        return Parse(doc.Root!);
    }

    private static Outcome<CapAlert> Parse(XElement root)
    {
        var ns = CapWriter.Ns;
        if (root.Name != ns + "alert")
            return Bad("alert", "根元素须为 CAP 1.2 的 alert", $"The root element must be <alert> in {ns}");
        var errors = new FieldErrors();
        string Req(XElement parent, string name, string path)
        {
            var value = parent.Element(ns + name)?.Value.Trim();
            if (string.IsNullOrEmpty(value)) errors.Add(path, "缺少必填元素", $"required element <{name}> is missing");
            return value ?? "";
        }
        var alert = new
        {
            Identifier = Req(root, "identifier", "identifier"), Sender = Req(root, "sender", "sender"), Sent = Req(root, "sent", "sent"),
            Status = Req(root, "status", "status"), MsgType = Req(root, "msgType", "msgType"), Scope = Req(root, "scope", "scope"),
        };
        var infoElement = PickInfo(root);
        if (infoElement is null) errors.Add("info", "缺少 info 元素", "an <info> block is required");
        var info = infoElement is null ? null : ParseInfo(infoElement, Req, errors);
        if (errors.Any) return errors.ToRefusal() with { Title = "Invalid CAP alert" };
        return new CapAlert
        {
            Identifier = alert.Identifier, Sender = alert.Sender, Sent = alert.Sent, Status = alert.Status,
            MsgType = alert.MsgType, Scope = alert.Scope, References = root.Element(ns + "references")?.Value.Trim(), Info = info!,
        };
    }

    private static CapInfo ParseInfo(XElement e, Func<XElement, string, string, string> req, FieldErrors errors)
    {
        var ns = CapWriter.Ns;
        var categories = e.Elements(ns + "category").Select(c => c.Value.Trim()).ToList();
        if (categories.Count == 0) errors.Add("info.category", "缺少必填元素", "required element <category> is missing");
        var areas = e.Elements(ns + "area").Select(a => new CapArea(req(a, "areaDesc", "info.area.areaDesc"),
            a.Elements(ns + "geocode").Select(g => KeyValuePair.Create(
                g.Element(ns + "valueName")?.Value.Trim() ?? "", g.Element(ns + "value")?.Value.Trim() ?? "")).ToList())).ToList();
        if (areas.Count == 0) errors.Add("info.area", "至少需要一个 area", "at least one <area> is required");
        return new CapInfo
        {
            Language = e.Element(ns + "language")?.Value.Trim() ?? "en-US",
            Categories = categories,
            Event = req(e, "event", "info.event"),
            Urgency = req(e, "urgency", "info.urgency"),
            Severity = req(e, "severity", "info.severity"),
            Certainty = req(e, "certainty", "info.certainty"),
            ResponseTypes = e.Elements(ns + "responseType").Select(r => r.Value.Trim()).ToList(),
            Effective = Time(e, "effective", errors),
            Expires = Time(e, "expires", errors),
            Headline = e.Element(ns + "headline")?.Value.Trim(),
            Description = e.Element(ns + "description")?.Value.Trim(),
            Instruction = e.Element(ns + "instruction")?.Value.Trim(),
            Parameters = e.Elements(ns + "parameter")
                .Select(p => (Name: p.Element(ns + "valueName")?.Value.Trim() ?? "", Value: p.Element(ns + "value")?.Value.Trim() ?? ""))
                .Where(p => p.Name.Length > 0).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().Value),
            Areas = areas,
        };
    }

    /// <summary>The Chinese info block when there is one, else the first.</summary>
    private static XElement? PickInfo(XElement root)
    {
        var infos = root.Elements(CapWriter.Ns + "info").ToList();
        return infos.FirstOrDefault(i => (i.Element(CapWriter.Ns + "language")?.Value ?? "").StartsWith("zh", StringComparison.OrdinalIgnoreCase))
               ?? infos.FirstOrDefault();
    }

    private static DateTimeOffset? Time(XElement e, string name, FieldErrors errors)
    {
        var text = e.Element(CapWriter.Ns + name)?.Value.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (WarningTimes.TryParse(text, out var value)) return value;
        errors.Add($"info.{name}", "时间格式有误", $"<{name}> is not a CAP date-time");
        return null;
    }

    private static Refusal Bad(string field, string chinese, string english)
    {
        var errors = new FieldErrors();
        errors.Add(field, chinese, english);
        return errors.ToRefusal() with { Title = "Invalid CAP alert" };
    }
}
