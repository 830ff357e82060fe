using System.Net;
using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.WeChat;

/// <summary>GET /wechat, which WeChat calls when the server URL is saved (wechat.md §1).</summary>
public sealed class WeChatUrlVerificationTests
{
    [Theory]
    // The official vectors: token AAAAA; note "1714037059" sorts before "486452656" as strings.
    [InlineData("1714036504", "1514711492", "f464b24fc39322e44b38aa78f5edd27bd1441696")]
    [InlineData("1714037059", "486452656", "899cf89e464efb63f54ddac96b0a0a235f53aa78")]
    public async Task TheOfficialSignatureVectorsAreAnsweredWithTheEchostrVerbatim(string timestamp, string nonce, string signature)
    {
        await using var harness = await WeChatHarness.StartAsync(settings: new Dictionary<string, string?> { ["WeChat:Token"] = "AAAAA" });
        using var client = harness.Start();

        // Old timestamps on purpose: verification has no clock check, an echo reveals and changes nothing.
        var response = await client.GetAsync($"/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&echostr=5938284919827581337");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("5938284919827581337", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("signature=f464b24fc39322e44b38aa78f5edd27bd1441697&timestamp=1714036504&nonce=1514711492&echostr=x")]
    [InlineData("signature=F464B24FC39322E44B38AA78F5EDD27BD1441696&timestamp=1714036504&nonce=1514711492&echostr=x")]
    [InlineData("signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036505&nonce=1514711492&echostr=x")]
    [InlineData("timestamp=1714036504&nonce=1514711492&echostr=x")]
    [InlineData("signature=f464b24fc39322e44b38aa78f5edd27bd1441696&nonce=1514711492&echostr=x")]
    [InlineData("signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492")]
    [InlineData("")]
    public async Task AWrongOrIncompleteVerificationIsRefusedWith403(string query)
    {
        await using var harness = await WeChatHarness.StartAsync(settings: new Dictionary<string, string?> { ["WeChat:Token"] = "AAAAA" });
        using var client = harness.Start();

        var response = await client.GetAsync("/wechat?" + query);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithoutAConfiguredTokenEveryVerificationIsRefused()
    {
        await using var harness = await WeChatHarness.StartAsync(settings: new Dictionary<string, string?> { ["WeChat:Token"] = null });
        using var client = harness.Start();
        // The signature of an empty token, which must not count as configured.
        var signature = WeChatPushBuilder.Signature("", "1714036504", "1514711492");

        var response = await client.GetAsync($"/wechat?signature={signature}&timestamp=1714036504&nonce=1514711492&echostr=x");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
