using Alerts.Host.Logging;

namespace Alerts.Host.Tests.Foundation;

public sealed class LogRedactorTests
{
    [Theory]
    [InlineData("sent to +8613812345678", "sent to +86138****5678")]
    [InlineData("from 13812345678 ok", "from 138****5678 ok")]
    [InlineData("openid oAbCdEfGhIjKlMnOpQrStUvWxYz1 said", "openid oAbC****xYz1 said")]
    [InlineData("village 500112101001 and id 42", "village 500112101001 and id 42")]
    [InlineData("+14155552671,+8618912345678", "+141****2671,+86189****5678")]
    [InlineData("no personal data", "no personal data")]
    public void PhonesAndOpenidsAreMaskedAndCodesAreLeftAlone(string input, string expected)
    {
        Assert.Equal(expected, LogRedactor.Redact(input));
    }

    [Theory]
    [InlineData("Request starting HTTP/1.1 POST http://127.0.0.1:5080/wechat?signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492&openid=oAbCdEfGhIjKlMnOpQrStUvWxYz1 - text/xml 312",
        "Request starting HTTP/1.1 POST http://127.0.0.1:5080/wechat?* - text/xml 312")]
    [InlineData("Sending HTTP request POST https://api.weixin.qq.com/cgi-bin/message/custom/send?access_token=ACCESS_TOKEN-1.x",
        "Sending HTTP request POST https://api.weixin.qq.com/cgi-bin/message/custom/send?*")]
    [InlineData("?signature=abc&timestamp=1", "?*")]
    [InlineData("Invalid request line: 'GET /wechat?echostr=1&signature=2 HTTP/1.1'", "Invalid request line: 'GET /wechat?* HTTP/1.1'")]
    [InlineData("GET /2010-04-01/Accounts/AC1/Messages.json?To=%2B8613812345678&DateSent%3E=2026-07-01", "GET /2010-04-01/Accounts/AC1/Messages.json?*")]
    [InlineData("Already redacted: https://api.weixin.qq.com/cgi-bin/token?*", "Already redacted: https://api.weixin.qq.com/cgi-bin/token?*")]
    [InlineData("Is this right? Yes", "Is this right? Yes")]
    [InlineData("是否确认?请回复1", "是否确认?请回复1")]
    public void QueryStringsAreCutFromUrlsAndTheRestOfTheLineIsKept(string input, string expected)
    {
        Assert.Equal(expected, LogRedactor.Redact(input));
    }
}
