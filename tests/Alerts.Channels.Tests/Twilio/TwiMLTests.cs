using System.Xml.Linq;
using Alerts.Channels.Twilio;

namespace Alerts.Channels.Tests.Twilio;

public sealed class TwiMLTests
{
    [Fact]
    public void NoRepliesGiveAnEmptyResponse()
    {
        // MessagingResponse's exact output; Twilio reads it as no reply.
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?><Response></Response>", TwiML.Messages([]));
        Assert.Equal(TwiML.Empty, TwiML.Messages([]));
    }

    [Fact]
    public void EachReplyBecomesOneMessageInOrder() =>
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Message>一</Message><Message>two</Message>"
            + "</Response>", TwiML.Messages(["一", "two"]));

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("</Message><Redirect>http://evil</Redirect>", "&lt;/Message&gt;&lt;Redirect&gt;http://evil&lt;/Redirect&gt;")]
    [InlineData("\"quoted\" 'single'", "\"quoted\" 'single'")]
    public void TextIsEscaped(string text, string escaped) =>
        Assert.Contains($"<Message>{escaped}</Message>", TwiML.Messages([text]));

    [Theory]
    [InlineData("暴雨预警：请立即撤离！🌧")]
    [InlineData("line one\nline two")]
    [InlineData("bell\u0007 and nul\0 removed")]
    public void OutputParsesBackToTheSameText(string text)
    {
        var message = XDocument.Parse(TwiML.Messages([text])).Root!.Element("Message")!.Value;
        Assert.Equal(text.Replace("\u0007", "").Replace("\0", ""), message);
    }

    [Fact]
    public void ContentTypeIsTextXml() => Assert.StartsWith("text/xml", TwiML.ContentType);
}
