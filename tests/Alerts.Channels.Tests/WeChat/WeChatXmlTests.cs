using System.Text;
using Alerts.Channels.WeChat;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatXmlTests
{
    internal const string ExternalEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
        "<xml><ToUserName>gh_alerts0001</ToUserName><Content>&xxe;</Content></xml>";

    internal const string BillionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY lol \"lol\">" +
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">" +
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>" +
        "<xml><Content>&lol3;</Content></xml>";

    [Fact]
    public void Fields_are_read_by_their_exact_names_from_cdata_and_plain_text()
    {
        var xml = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><CreateTime>1714036500</CreateTime>" +
                  "<Content><![CDATA[a]]]]><![CDATA[>b]]></Content><MsgID>7</MsgID></xml>";

        Assert.True(WeChatXml.TryParse(Encoding.UTF8.GetBytes(xml), out var fields));
        Assert.Equal("gh_1", fields["ToUserName"]);
        Assert.Equal("1714036500", fields["CreateTime"]);
        Assert.Equal("a]]>b", fields["Content"]);
        Assert.Equal("7", fields["MsgID"]);
        Assert.False(fields.ContainsKey("MsgId"));
    }

    [Fact]
    public void Nested_fields_are_flattened_with_their_parent_name_and_the_first_list_item_wins()
    {
        var xml = "<xml><Event>scancode_push</Event><ScanCodeInfo><ScanType>qrcode</ScanType>" +
                  "<ScanResult>1</ScanResult></ScanCodeInfo><List><item><T>a</T></item><item><T>b</T></item></List></xml>";

        Assert.True(WeChatXml.TryParse(xml, out var fields));
        Assert.Equal("qrcode", fields["ScanCodeInfo.ScanType"]);
        Assert.Equal("1", fields["ScanCodeInfo.ScanResult"]);
        Assert.Equal("a", fields["List.item.T"]);
    }

    [Theory]
    [InlineData(ExternalEntity)]
    [InlineData(BillionLaughs)]
    [InlineData("<!DOCTYPE xml><xml><Content>x</Content></xml>")]
    [InlineData("<xml><Content>x</Content>")]
    [InlineData("<xml><Content>x</Content><Content>y</Content></xml>")]
    [InlineData("<notxml><Content>x</Content></notxml>")]
    [InlineData("{\"Content\":\"json\"}")]
    [InlineData("")]
    public void Anything_but_plain_wechat_xml_is_malformed(string xml)
    {
        Assert.False(WeChatXml.TryParse(Encoding.UTF8.GetBytes(xml), out var fields));
        Assert.Null(fields);
        Assert.False(WeChatXml.TryParse(xml, out _));
    }

    [Fact]
    public void A_document_beyond_the_character_cap_is_malformed()
    {
        var xml = "<xml><Content>" + new string('x', 300_000) + "</Content></xml>";

        Assert.False(WeChatXml.TryParse(xml, out _));
    }

    [Fact]
    public void The_encrypt_value_is_read_from_a_safe_mode_envelope()
    {
        var body = Encoding.UTF8.GetBytes("<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[abc+/=]]></Encrypt></xml>");

        Assert.True(WeChatXml.TryReadEncrypt(body, out var encrypt));
        Assert.Equal("abc+/=", encrypt);
        Assert.False(WeChatXml.TryReadEncrypt(Encoding.UTF8.GetBytes("<xml><Encrypt></Encrypt></xml>"), out _));
    }
}
