using Alerts.Channels.Messages;
using Alerts.Channels.TencentSms;

namespace Alerts.Channels.Tests.TencentSms;

/// <summary>The rule that fits words into approved templates: shorten a warning, split a reply, never cut a code.</summary>
public sealed class TencentSmsTemplatesTests
{
    private static TencentSmsOptions Options(int maxParts = 4) => TencentSmsTestServices.Options(s =>
        s["TencentSms:MaxParts"] = maxParts.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static OutboundMessage Reply(string text) => new(ChannelKind.Sms, "+8613812345678", text, "reply:sms:tc-1:0");

    [Fact]
    public void A_warning_with_no_template_of_its_own_uses_the_general_warning_template_and_is_cut_to_its_limits()
    {
        var warning = new OutboundMessage(ChannelKind.Sms, "+8613812345678", "…", "warning:1:2:sms")
        {
            Purpose = MessagePurpose.Warning,
            Template = new MessageTemplate("weather.red", new Dictionary<string, string>
            {
                ["title"] = "暴雨红色预警", ["headline"] = new string('雨', 70), ["instruction"] = "请转移",
            }),
        };

        var fill = TencentSmsTemplates.Fill(Options(), warning, out _, out _)!;

        Assert.Equal("warning", fill.Key);
        Assert.Equal(60, fill.Params[1].Length);
        Assert.EndsWith("…", fill.Params[1], StringComparison.Ordinal);
        Assert.Equal(["warning.weather.red", "warning.weather", "warning"], TencentSmsTemplates.KeysFor(warning));
    }

    [Fact]
    public void A_short_reply_is_one_send_in_the_reply_template()
    {
        var parts = TencentSmsTemplates.Split(Options(), Reply("收到，网格员会尽快联系您。"));

        var fill = TencentSmsTemplates.Fill(Options(), Assert.Single(parts), out _, out _)!;
        Assert.Equal(("reply", "收到，网格员会尽快联系您。"), (fill.Key, fill.Params[0]));
    }

    [Fact]
    public void A_long_reply_is_split_at_punctuation_into_marked_parts_each_with_its_own_key()
    {
        var text = string.Concat(Enumerable.Repeat("请带好身份证和常用药品，", 8)); // 96 characters
        var parts = TencentSmsTemplates.Split(Options(), Reply(text));

        Assert.Equal(2, parts.Count);
        Assert.Equal(["reply:sms:tc-1:0#1", "reply:sms:tc-1:0#2"], parts.Select(p => p.IdempotencyKey));
        Assert.EndsWith("，（1/2）", parts[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("（2/2）", parts[1].Text, StringComparison.Ordinal);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 60));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text[..p.Text.LastIndexOf('（')])));
    }

    [Fact]
    public void Words_beyond_the_last_part_are_cut_with_an_ellipsis()
    {
        var parts = TencentSmsTemplates.Split(Options(maxParts: 2), Reply(new string('水', 300)));

        Assert.Equal(2, parts.Count);
        Assert.EndsWith("…（2/2）", parts[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_is_never_split()
    {
        var warning = Reply(new string('雨', 300)) with { Purpose = MessagePurpose.Warning };

        Assert.Single(TencentSmsTemplates.Split(Options(), warning));
    }

    [Fact]
    public void A_message_with_no_template_for_its_purpose_is_refused_with_the_keys_it_looked_for()
    {
        var options = Options();
        options.Templates.Remove("notice");

        Assert.Null(TencentSmsTemplates.Fill(options, Reply("x") with { Purpose = MessagePurpose.Notice }, out var code, out var why));
        Assert.Equal(TencentSmsTemplates.NoTemplate, code);
        Assert.Contains("notice", why, StringComparison.Ordinal);
    }
}
