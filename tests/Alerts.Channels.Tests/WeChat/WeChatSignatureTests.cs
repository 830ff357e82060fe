using Alerts.Channels.WeChat;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatSignatureTests
{
    // Official vectors (wechat.md §1), re-computed with sha1sum. The second needs ordinal sorting:
    // "1714037059" < "486452656" as strings, not as numbers.
    [Theory]
    [InlineData("AAAAA", "1714036504", "1514711492", "f464b24fc39322e44b38aa78f5edd27bd1441696")]
    [InlineData("AAAAA", "1714037059", "486452656", "899cf89e464efb63f54ddac96b0a0a235f53aa78")]
    public void The_url_signature_matches_the_official_vectors(string token, string timestamp, string nonce, string expected)
    {
        Assert.Equal(expected, WeChatSignature.Compute(token, timestamp, nonce));
        Assert.True(WeChatSignature.Verify(token, timestamp, nonce, expected));
    }

    [Theory]
    [InlineData("F464B24FC39322E44B38AA78F5EDD27BD1441696")]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd144169")]
    [InlineData("")]
    [InlineData(null)]
    public void A_signature_that_differs_in_any_way_is_refused(string? signature) =>
        Assert.False(WeChatSignature.Verify("AAAAA", "1714036504", "1514711492", signature));

    // wechatpy tests/test_crypto.py (WeCom flavour, same algorithm): msg_signature over an echostr.
    [Fact]
    public void The_message_signature_matches_the_wechatpy_vector()
    {
        const string echo = "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q==";
        Assert.Equal("dd6b9c95b495b3f7e2901bfbc76c664930ffdb96",
            WeChatSignature.ComputeMessage("123456", "1411443780", "437374425", echo));
        Assert.False(WeChatSignature.VerifyMessage("123456", "1411443780", "437374424", echo,
            "dd6b9c95b495b3f7e2901bfbc76c664930ffdb96"));
    }
}
