using System.Net;
using System.Net.Http.Json;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Dapper;

namespace Alerts.Host.Tests.Broadcast;

/// <summary>
/// Issue 5 end to end: an official publishes through the API, the Host targets a town of the demo county and its
/// workers deliver through the loopback fakes; every targeted person gets exactly one message on the right channel,
/// and the API reports the delivery counts.
/// </summary>
public sealed class PublishToTownTests
{
    [Fact]
    public async Task AGreenChannelRainstormWarningForATownReachesEveryoneThereOnceOnTheirChannel()
    {
        await using var weChat = await FakeWeChatServer.StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        var settings = DispatchDatabase.LiveSettings(weChat, twilio).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        settings["Dispatch:PollInterval"] = "00:00:00.100";
        settings["Resilience:WeChat:SendRatePerSecond"] = "2000";
        settings["Resilience:Twilio:SendRatePerSecond"] = "2000";
        await using var app = new AlertsApp(settings);
        using var official = await app.ClientAsync(OfficialsApi.Town[..9] + "000", Alerts.Identity.Accounts.Departments.Weather);

        var created = await official.PostAsJsonAsync("/api/warnings", new
        {
            hazard = "weather", @event = "暴雨", level = "red", headline = "木耳镇暴雨红色预警",
            description = "未来3小时将有100毫米以上强降雨。", areas = new[] { "500112101" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var warning = await created.JsonAsync();
        var id = warning.GetProperty("id").GetInt64();
        Assert.Equal("published", warning.GetProperty("status").GetString());
        await app.WaitTargetedAsync(id);

        using var c = app.OpenDatabase();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DispatchDatabase.Count(c, "state IN ('pending', 'sending')") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "dispatch did not finish in 60 s");
            await Task.Delay(100);
        }

        var targeted = c.ExecuteScalar<long>("SELECT COUNT(*) FROM deliveries WHERE warning_id = @Id", new { Id = id });
        var everyone = c.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM people WHERE region_code >= '500112101' AND region_code < '500112102'
            """);
        Assert.Equal(everyone, targeted);
        DispatchDatabase.AssertExactlyOncePerRecipient(c, id, weChat, twilio);
        var wrongChannel = c.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM deliveries d JOIN people p ON p.id = d.person_id
            WHERE d.warning_id = @Id AND d.state = 'sent'
              AND d.channel <> CASE WHEN p.wechat_openid IS NOT NULL THEN 'wechat' ELSE 'sms' END
            """, new { Id = id });
        Assert.Equal(0, wrongChannel);

        var report = await (await official.GetAsync($"/api/warnings/{id}")).JsonAsync();
        var deliveries = report.GetProperty("deliveries");
        Assert.Equal(targeted, deliveries.GetProperty("total").GetInt64());
        Assert.True(deliveries.GetProperty("byChannel").GetProperty("wechat").GetInt64() > 0);
        Assert.True(deliveries.GetProperty("byChannel").GetProperty("sms").GetInt64() > 0);
    }
}
