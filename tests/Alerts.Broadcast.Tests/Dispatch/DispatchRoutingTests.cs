using System.Text.Json.Nodes;
using Alerts.Broadcast.Tests.Support;
using Alerts.Fakes.WeChat;

namespace Alerts.Broadcast.Tests.Dispatch;

public sealed class DispatchRoutingTests
{
    [Fact]
    public async Task Every_person_gets_one_message_on_the_right_channel_or_is_marked_unreachable()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        var following = OutboxSql.AddPerson(c, "oFOLLOWING0000000000000000001", "+8613800000001");
        var noWeChat = OutboxSql.AddPerson(c, null, "+8613800000002");
        var unfollowed = OutboxSql.AddPerson(c, "oUNFOLLOWED000000000000000001", "+8613800000003", unfollowed: true);
        var notSubscribed = OutboxSql.AddPerson(c, "oNOTSUBSCRIBED00000000000001", "+8613800000004");
        var optedOut = OutboxSql.AddPerson(c, null, "+8613800000005", optedOut: true);
        var weChatOnlyGone = OutboxSql.AddPerson(c, "oGONE000000000000000000000001", null);
        var nothing = OutboxSql.AddPerson(c, null, null);
        h.WeChat.Enqueue(FakeWeChatFault.Unreachable("oNOTSUBSCRIBED00000000000001"));
        h.WeChat.Enqueue(FakeWeChatFault.Unreachable("oGONE000000000000000000000001"));
        var warning = OutboxSql.AddWarning(c);
        Assert.Equal(7, OutboxSql.Enqueue(c, warning));

        await h.DrainAsync(h.CreateDispatcher());

        var rows = OutboxSql.Rows(c, warning).ToDictionary(r => r.PersonId);
        Assert.Equal(("sent", "wechat"), (rows[following].State, rows[following].Channel));
        Assert.Equal(("sent", "sms"), (rows[noWeChat].State, rows[noWeChat].Channel));
        Assert.Equal(("sent", "sms"), (rows[unfollowed].State, rows[unfollowed].Channel));
        Assert.Equal(("sent", "sms"), (rows[notSubscribed].State, rows[notSubscribed].Channel));
        Assert.Equal("unreachable", rows[optedOut].State);
        Assert.Equal(("unreachable", "wechat"), (rows[weChatOnlyGone].State, rows[weChatOnlyGone].Channel));
        Assert.Contains("43004", rows[weChatOnlyGone].LastError);
        Assert.Equal("unreachable", rows[nothing].State);

        Assert.Equal(["oFOLLOWING0000000000000000001"], h.WeChat.Messages.Deliveries.Select(d => d.OpenId));
        Assert.Equal(["+8613800000002", "+8613800000003", "+8613800000004"],
            h.Twilio.Messages.Select(m => m.To).Order());
        Assert.All(rows.Values.Where(r => r.State == "sent"), r => Assert.NotNull(r.ProviderMessageId));
    }

    [Fact]
    public async Task The_template_carries_the_stable_client_msg_id_and_values_of_at_most_twenty_characters()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        var person = OutboxSql.AddPerson(c, "oTEMPLATE0000000000000000001", null);
        var warning = OutboxSql.AddWarning(c);
        OutboxSql.Enqueue(c, warning);

        await h.DrainAsync(h.CreateDispatcher());

        var body = JsonNode.Parse(h.WeChat.RequestsTo("/cgi-bin/message/template/send").Single().Body)!;
        Assert.Equal($"alerts-w{warning}-p{person}", (string?)body["client_msg_id"]);
        Assert.Equal("TPL-RED", (string?)body["template_id"]);
        var values = body["data"]!.AsObject().Select(kv => (string)kv.Value!["value"]!).ToList();
        Assert.Contains("暴雨红色预警", values);
        Assert.All(values, v => Assert.InRange(v.Length, 1, 20));
    }

    [Fact]
    public async Task The_sms_says_what_to_do_and_how_to_acknowledge_within_the_length_limit()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        OutboxSql.AddPerson(c, null, "+8613800000009");
        var warning = OutboxSql.AddWarning(c);
        OutboxSql.Enqueue(c, warning);

        await h.DrainAsync(h.CreateDispatcher());

        var body = h.Twilio.Messages.Single().Body;
        Assert.StartsWith("【暴雨红色预警】" + OutboxSql.Headline, body);
        Assert.Contains(OutboxSql.Instruction, body);
        Assert.EndsWith("回复“收到”或“1”确认，需要帮助回复“2”。", body);
        Assert.True(body.Length <= 300);
    }

    [Fact]
    public async Task Rows_of_a_cancelled_warning_are_not_sent()
    {
        await using var h = await DispatchHarness.StartAsync();
        using var c = h.Open();
        OutboxSql.AddPerson(c, null, "+8613800000010");
        var warning = OutboxSql.AddWarning(c, status: "cancelled");
        OutboxSql.Enqueue(c, warning);

        await h.DrainAsync(h.CreateDispatcher());

        Assert.Equal("failed", OutboxSql.Rows(c, warning).Single().State);
        Assert.Empty(h.Twilio.Messages);
    }
}
