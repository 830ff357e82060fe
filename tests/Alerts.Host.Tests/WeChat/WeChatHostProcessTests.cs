using System.Net;
using System.Xml.Linq;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;

namespace Alerts.Host.Tests.WeChat;

/// <summary>
/// The real Alerts.Host process on Kestrel, a real socket and a real crash: what the in-memory TestServer cannot
/// show (Kestrel's handling of a body we stop reading, state surviving kill -9).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class WeChatHostProcessTests
{
    private const string OpenId = "oProcess000000000000000000001";

    [Fact]
    public async Task OverARealSocketAPushIsAnsweredAnOversizedOneRefusedAndARedeliveryAfterKillNineGetsTheSameReply()
    {
        await using var fake = await FakeWeChatServer.StartAsync();
        var pushes = new WeChatPushBuilder(WeChatHarness.Token, WeChatHarness.OurId, fake.AppId, WeChatHarness.AesKey);
        var settings = WeChatHarness.LiveSettings(fake);
        settings["Demo:Households"] = "300";
        var push = pushes.Plain(pushes.Text(OpenId, pushes.NextMsgId(), "桥被冲垮了"));
        var host = await HostProcess.StartAsync(settings);
        try
        {
            string first;
            using (var client = host.CreateClient())
            {
                first = await ContentAsync(await push.SendAsync(client));
                var oversized = push.WithBody(push.BodyText.Replace("</xml>", new string(' ', 200_000) + "</xml>", StringComparison.Ordinal));
                // Declared too large, and streamed without a length: both answered, not reset.
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await StatusAsync(client, oversized, streamed: false));
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await StatusAsync(client, oversized, streamed: true));
                // Kestrel keeps serving after refusing a body it did not read to the end.
                Assert.Equal(first, await ContentAsync(await push.SendAsync(client)));
            }

            host.Kill();
            await host.DisposeAsync();
            host = await HostProcess.StartAsync(settings, host.Directory);
            using var after = host.CreateClient();

            Assert.Contains("这里是灾害预警与救助服务", first);
            Assert.Equal(first, await ContentAsync(await push.SendAsync(after)));
            Assert.Empty(fake.Requests);
        }
        finally
        {
            await host.DisposeAsync();
            HostProcess.DeleteDirectory(host.Directory);
        }
    }

    private static async Task<string> ContentAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (string)XElement.Parse(await response.Content.ReadAsStringAsync()).Element("Content")!;
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, WeChatPush push, bool streamed)
    {
        using var response = await push.SendAsync(client, streamed);
        return response.StatusCode;
    }
}
