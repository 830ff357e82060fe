using System.Text;
using Alerts.Channels.Messages;
using Alerts.Channels.TencentSms;
using Alerts.Fakes.TencentSms;
using Microsoft.Extensions.Options;

namespace Alerts.Channels.Tests.TencentSms;

/// <summary>Reading Tencent's unsigned callbacks: the path token, receipts, and replies keyed on (mobile, time, text).</summary>
public sealed class TencentSmsCallbacksTests
{
    private static TencentSmsCallbacks Callbacks(string? token = TencentSmsTestAccount.CallbackToken) =>
        new(Options.Create(new TencentSmsOptions { CallbackToken = token }));

    [Theory]
    [InlineData(TencentSmsTestAccount.CallbackToken, true)]
    [InlineData("tencent-callback-token-0123456789abcdeX", false)]
    [InlineData("tencent-callback-token", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_configured_token_admits_a_callback(string? presented, bool admitted) =>
        Assert.Equal(admitted, Callbacks().Admits(presented));

    [Fact]
    public void With_no_token_configured_nothing_is_admitted() => Assert.False(Callbacks(token: null).Admits(""));

    [Fact]
    public void A_status_push_becomes_receipts_found_by_sid_or_by_our_echoed_key()
    {
        var body = """
            [{"user_receive_time":"2026-11-29 08:03:04","nationcode":"86","mobile":"13812345678","report_status":"SUCCESS",
              "errmsg":"DELIVRD","description":"用户短信送达成功","sid":"5000:1","ext":"warning:7:9:sms"},
             {"user_receive_time":"2026-11-29 08:03:05","nationcode":"86","mobile":"13812345679","report_status":"FAIL",
              "errmsg":"MN:0001","description":"空号","sid":"5000:2"}]
            """;

        var receipts = TencentSmsCallbacks.ReadReceipts(Encoding.UTF8.GetBytes(body))!;

        Assert.Equal((ReceiptState.Delivered, "5000:1", "warning:7:9:sms"), (receipts[0].State, receipts[0].ProviderMessageId, receipts[0].IdempotencyKey));
        Assert.Equal((ReceiptState.Failed, "MN:0001", (string?)null), (receipts[1].State, receipts[1].ErrorCode, receipts[1].IdempotencyKey));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"sid":"1","report_status":"SUCCESS"}""")]
    [InlineData("""[{"sid":"","report_status":"SUCCESS"}]""")]
    [InlineData("""[{"sid":"1","report_status":"MAYBE"}]""")]
    public void Anything_else_is_not_a_status_push(string body) =>
        Assert.Null(TencentSmsCallbacks.ReadReceipts(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void A_reply_push_is_an_inbound_sms_whose_id_is_the_same_for_the_same_mobile_time_and_text()
    {
        static InboundMessage? Read(string text, long time) => TencentSmsCallbacks.ReadReply(Encoding.UTF8.GetBytes(
            $$"""{"extend":"","mobile":"13812345678","nationcode":"86","sign":"山区预警","text":"{{text}}","time":{{time}}}"""));

        var reply = Read("房子垮了", 1764400000)!;

        Assert.Equal((ChannelKind.Sms, "+8613812345678", "房子垮了"), (reply.Channel, reply.Address, reply.Text));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764400000), reply.ReceivedUtc);
        Assert.Equal(reply.ProviderMessageId, Read("房子垮了", 1764400000)!.ProviderMessageId);
        Assert.NotEqual(reply.ProviderMessageId, Read("房子垮了", 1764400001)!.ProviderMessageId);
        Assert.NotEqual(reply.ProviderMessageId, Read("收到", 1764400000)!.ProviderMessageId);
    }

    [Theory]
    [InlineData("""{"mobile":"13812345678","nationcode":"1","text":"hi","time":1}""")]
    [InlineData("""{"mobile":"12345","nationcode":"86","text":"hi","time":1}""")]
    [InlineData("""{"mobile":"13812345678","nationcode":"86","time":1}""")]
    [InlineData("""{"mobile":"13812345678","nationcode":"86","text":"hi","time":0}""")]
    [InlineData("[]")]
    public void A_reply_that_is_not_from_a_mainland_mobile_or_lacks_its_text_or_time_is_refused(string body) =>
        Assert.Null(TencentSmsCallbacks.ReadReply(Encoding.UTF8.GetBytes(body)));
}
