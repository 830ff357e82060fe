using System.Net;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Alerts.Host.Tests.Foundation;

/// <summary>
/// What the real Host process writes to its console, read as an operator would: no query string (a push's signed
/// URL, WeChat's access_token) in any line, whichever component logged it.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class LogOutputTests
{
    private const string OpenId = "oLogged000000000000000000001";
    private const string CustomSend = "/cgi-bin/message/custom/send";

    [Fact]
    public async Task NoLineCarriesAQueryStringAndAReusedSignatureIsLoggedWithTheSenderMasked()
    {
        await using var fake = await FakeWeChatServer.StartAsync();
        var pushes = new WeChatPushBuilder(WeChatHarness.Token, WeChatHarness.OurId, fake.AppId, WeChatHarness.AesKey);
        var host = await HostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Demo:Households"] = "300",
            ["WeChat:AppId"] = fake.AppId,
            ["WeChat:AppSecret"] = fake.AppSecret,
            ["WeChat:Token"] = WeChatHarness.Token,
            ["WeChat:OriginalId"] = WeChatHarness.OurId,
            ["WeChat:ApiBaseUrl"] = fake.BaseAddress.ToString(),
            // HttpClient's own query redaction switched off, as an operator may: what remains must be ours.
            ["DOTNET_SYSTEM_NET_HTTP_DISABLEURIREDACTION"] = "1",
        });
        // A cry for help from a stranger goes to the county's duty roster through the customer-service API, whose
        // URL carries access_token.
        var push = pushes.Plain(pushes.Text(OpenId, pushes.NextMsgId(), "救命"));
        string output;
        try
        {
            using var client = host.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await push.SendAsync(client)).StatusCode);
            var forged = push.WithBody(pushes.Text(OpenId, pushes.NextMsgId(), "伪造的内容"));
            Assert.Equal(HttpStatusCode.Forbidden, (await forged.SendAsync(client)).StatusCode);
            await WeChatHarness.EventuallyAsync(() => fake.RequestsTo(CustomSend), r => r.Count >= 1);
            // The console logger writes on its own thread: wait for the outbound call's line.
            output = await WeChatHarness.EventuallyAsync(() => host.Output, o => o.Contains(CustomSend, StringComparison.Ordinal));
        }
        finally
        {
            await host.DisposeAsync();
            HostProcess.DeleteDirectory(host.Directory);
        }

        var token = QueryHelpers.ParseQuery(fake.RequestsTo(CustomSend)[0].Query)["access_token"].ToString();
        Assert.NotEmpty(token);
        Assert.Contains("/wechat?*", output);
        Assert.Contains(CustomSend + "?*", output);
        Assert.DoesNotContain(token, output);
        Assert.DoesNotContain(push.Query["signature"], output);
        Assert.DoesNotContain("signature=", output);
        Assert.DoesNotContain("access_token=", output);
        var reuse = Assert.Single(output.Split('\n'), l => l.Contains("\"eventId\":1009", StringComparison.Ordinal));
        Assert.Contains("oLog****0001", reuse);
        Assert.DoesNotContain(OpenId, output);
    }
}
