using System.Text;
using Alerts.Channels.WeChat;
using static Alerts.Channels.Tests.WeChat.WeChatPushes;

namespace Alerts.Channels.Tests.WeChat;

/// <summary>Pushes that must be refused, and refused before their body is parsed when the query already fails.</summary>
public sealed class WeChatWebhookRefusalTests
{
    private const string TextFields = "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>1</MsgId>";

    private static readonly WeChatWebhook Plaintext = Webhook(PlainOptions());
    private static readonly WeChatWebhook Safe = Webhook(SafeOptions());

    [Theory]
    [InlineData("0000000000000000000000000000000000000000")]
    [InlineData("")]
    [InlineData(null)]
    public void A_bad_or_missing_signature_is_forbidden_even_when_the_body_is_an_xxe_attack(string? signature)
    {
        var (query, _) = Plain(Xml(TextFields));
        var body = Encoding.UTF8.GetBytes(WeChatXmlTests.ExternalEntity);

        var opened = Plaintext.Open(query with { Signature = signature }, body, Now);

        // Forbidden, not Malformed: the body was never looked at.
        Assert.Equal(WeChatOpenStatus.Forbidden, opened.Status);
        Assert.Null(opened.Message);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void A_correctly_signed_push_outside_the_clock_skew_is_forbidden_before_parsing(int secondsAway)
    {
        var (query, _) = Plain(Xml(TextFields), at: Now.AddSeconds(secondsAway));

        var opened = Plaintext.Open(query, Encoding.UTF8.GetBytes(WeChatXmlTests.BillionLaughs), Now);

        Assert.Equal(WeChatOpenStatus.Forbidden, opened.Status);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void A_push_at_the_edge_of_the_clock_skew_is_accepted(int secondsAway)
    {
        var (query, body) = Plain(Xml(TextFields), at: Now.AddSeconds(secondsAway));

        Assert.Equal(WeChatOpenStatus.Ok, Plaintext.Open(query, body, Now).Status);
    }

    [Fact]
    public void A_missing_or_non_numeric_timestamp_is_forbidden()
    {
        var (query, body) = Plain(Xml(TextFields));

        Assert.Equal(WeChatOpenStatus.Forbidden, Plaintext.Open(query with { Timestamp = null }, body, Now).Status);
        Assert.Equal(WeChatOpenStatus.Forbidden, Plaintext.Open(query with { Timestamp = "-1" }, body, Now).Status);
    }

    [Fact]
    public void A_body_over_the_limit_is_too_large()
    {
        var options = PlainOptions();
        var padding = new string(' ', options.MaxBodyBytes);
        var (query, body) = Plain(Xml(TextFields + padding));

        Assert.Equal(WeChatOpenStatus.TooLarge, Webhook(options).Open(query, body, Now).Status);
    }

    [Theory]
    [InlineData(WeChatXmlTests.ExternalEntity)]
    [InlineData(WeChatXmlTests.BillionLaughs)]
    [InlineData("<xml><ToUserName>gh_alerts0001</ToUserName>")]
    [InlineData("not xml at all")]
    public void A_signed_plaintext_body_with_a_dtd_or_broken_xml_is_malformed(string xml)
    {
        var (query, body) = Plain(xml);

        var opened = Plaintext.Open(query, body, Now);

        Assert.Equal(WeChatOpenStatus.Malformed, opened.Status);
        Assert.Null(opened.Message);
    }

    [Theory]
    [InlineData("<MsgType>text</MsgType><Content>hi</Content>")]
    [InlineData("<MsgType>event</MsgType>")]
    [InlineData("<MsgType>location</MsgType><Location_X>north</Location_X><Location_Y>1</Location_Y><MsgId>1</MsgId>")]
    [InlineData("<Content>no type</Content><MsgId>1</MsgId>")]
    public void A_push_missing_required_fields_is_malformed(string fields)
    {
        var (query, body) = Plain(Xml(fields));

        Assert.Equal(WeChatOpenStatus.Malformed, Plaintext.Open(query, body, Now).Status);
    }

    [Fact]
    public void A_push_addressed_to_another_account_is_forbidden()
    {
        var (query, body) = Plain(Xml(TextFields, to: "gh_someoneelse"));

        Assert.Equal(WeChatOpenStatus.Forbidden, Plaintext.Open(query, body, Now).Status);
    }

    [Fact]
    public void A_plaintext_push_is_forbidden_once_safe_mode_is_configured()
    {
        var (query, body) = Plain(Xml(TextFields));

        Assert.Equal(WeChatOpenStatus.Forbidden, Safe.Open(query, body, Now).Status);
    }

    [Fact]
    public void An_unknown_encrypt_type_is_malformed()
    {
        var (query, body) = Plain(Xml(TextFields));

        Assert.Equal(WeChatOpenStatus.Malformed, Plaintext.Open(query with { EncryptType = "rot13" }, body, Now).Status);
    }

    [Fact]
    public void An_encrypted_push_with_a_bad_or_missing_msg_signature_is_forbidden()
    {
        var (query, body) = Encrypted(Xml(TextFields));

        Assert.Equal(WeChatOpenStatus.Forbidden, Safe.Open(query with { MsgSignature = null }, body, Now).Status);
        Assert.Equal(WeChatOpenStatus.Forbidden,
            Safe.Open(query with { MsgSignature = new string('0', 40) }, body, Now).Status);
        Assert.Equal(WeChatOpenStatus.Forbidden, Safe.Open(query with { Signature = null }, body, Now).Status);
    }

    [Fact]
    public void A_swapped_encrypt_value_fails_the_msg_signature()
    {
        var (query, _) = Encrypted(Xml(TextFields));
        var (_, otherBody) = Encrypted(Xml(TextFields.Replace("hi", "forged")));

        Assert.Equal(WeChatOpenStatus.Forbidden, Safe.Open(query, otherBody, Now).Status);
    }

    [Fact]
    public void A_correctly_signed_push_encrypted_for_another_app_id_is_forbidden()
    {
        var (query, body) = Encrypted(Xml(TextFields), appId: "wx0000000000000000");

        Assert.Equal(WeChatOpenStatus.Forbidden, Safe.Open(query, body, Now).Status);
    }

    [Fact]
    public void An_encrypted_push_without_a_key_configured_is_forbidden()
    {
        var (query, body) = Encrypted(Xml(TextFields));

        Assert.Equal(WeChatOpenStatus.Forbidden, Plaintext.Open(query, body, Now).Status);
    }

    [Fact]
    public void An_envelope_with_a_dtd_is_malformed_and_never_decrypted()
    {
        var (query, _) = Encrypted(Xml(TextFields));

        var opened = Safe.Open(query, Encoding.UTF8.GetBytes(WeChatXmlTests.ExternalEntity), Now);

        Assert.Equal(WeChatOpenStatus.Malformed, opened.Status);
    }

    [Theory]
    [InlineData(WeChatXmlTests.ExternalEntity)]
    [InlineData(WeChatXmlTests.BillionLaughs)]
    public void A_dtd_inside_the_encrypted_xml_is_malformed(string xml)
    {
        var (query, body) = Encrypted(xml);

        Assert.Equal(WeChatOpenStatus.Malformed, Safe.Open(query, body, Now).Status);
    }
}
