using System.Globalization;
using System.Text;

namespace Alerts.Channels.WeChat;

/// <summary>Writes passive replies (wechat.md §4) and the safe-mode envelope (§2).</summary>
internal static class WeChatReplyWriter
{
    /// <summary>
    /// A passive text reply. ToUserName is the user's openid and FromUserName our gh_ id (the push's ToUserName).
    /// </summary>
    public static string Text(string toOpenId, string fromOriginalId, DateTimeOffset createTime, string content)
    {
        var xml = new StringBuilder(content.Length + 256);
        xml.Append("<xml>");
        AppendCData(xml, "ToUserName", toOpenId);
        AppendCData(xml, "FromUserName", fromOriginalId);
        xml.Append("<CreateTime>")
            .Append(createTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))
            .Append("</CreateTime>");
        AppendCData(xml, "MsgType", "text");
        AppendCData(xml, "Content", content);
        xml.Append("</xml>");
        return xml.ToString();
    }

    /// <summary>The encrypted envelope; MsgSignature is over (token, TimeStamp, Nonce, Encrypt).</summary>
    public static string Envelope(string encrypt, string msgSignature, string timestamp, string nonce)
    {
        var xml = new StringBuilder(encrypt.Length + 200);
        xml.Append("<xml>");
        AppendCData(xml, "Encrypt", encrypt);
        AppendCData(xml, "MsgSignature", msgSignature);
        // wechatpy leaves TimeStamp bare, the C# sample wraps it in CDATA; WeChat accepts both.
        xml.Append("<TimeStamp>").Append(EscapeText(timestamp)).Append("</TimeStamp>");
        AppendCData(xml, "Nonce", nonce);
        xml.Append("</xml>");
        return xml.ToString();
    }

    /// <summary>
    /// The first part of the texts goes in the passive reply; everything else, each part within the size limit,
    /// is overflow. WeChat takes exactly one reply message per push.
    /// </summary>
    public static (string? Passive, IReadOnlyList<string> Overflow) Plan(IReadOnlyList<string> texts)
    {
        var parts = texts.Where(t => !string.IsNullOrWhiteSpace(t)).SelectMany(t => WeChatTextSplitter.Split(t)).ToList();
        return parts.Count == 0 ? (null, []) : (parts[0], parts.Skip(1).ToList());
    }

    private static void AppendCData(StringBuilder xml, string name, string value)
    {
        // "]]>" would end the section early; split it across two sections, as the XML spec suggests.
        xml.Append('<').Append(name).Append("><![CDATA[")
            .Append(value.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal))
            .Append("]]></").Append(name).Append('>');
    }

    private static string EscapeText(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
