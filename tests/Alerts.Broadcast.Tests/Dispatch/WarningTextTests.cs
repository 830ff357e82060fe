using Alerts.Broadcast.Dispatch;
using Alerts.Broadcast.Outbox;

namespace Alerts.Broadcast.Tests.Dispatch;

public sealed class WarningTextTests
{
    private static DeliveryWarning Warning(string headline, string instruction, string kind = "warning") => new()
    {
        Id = 7, Hazard = "geological", Event = "滑坡", Level = "orange", Kind = kind, Headline = headline,
        Instruction = instruction, Status = "published", EffectiveUtc = new DateTimeOffset(2026, 6, 1, 2, 30, 0, TimeSpan.Zero),
        ExpiresUtc = DateTimeOffset.MaxValue,
    };

    [Theory]
    [InlineData("短", 20, "短")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十", 20, "一二三四五六七八九十一二三四五六七八九十")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一", 20, "一二三四五六七八九十一二三四五六七八九…")]
    [InlineData("ab😀cd", 4, "ab…")]
    public void Cut_keeps_to_the_limit_with_an_ellipsis_and_never_splits_a_surrogate_pair(string text, int max, string expected)
    {
        Assert.Equal(expected, WarningText.Cut(text, max));
    }

    [Fact]
    public void A_long_warning_fits_the_sms_limit_and_keeps_the_acknowledgement_whole()
    {
        var sms = WarningText.Sms(Warning(new string('山', 200), new string('撤', 400)), 300);

        Assert.Equal(300, sms.Length);
        Assert.StartsWith("【滑坡橙色预警】山", sms);
        Assert.EndsWith("…" + WarningText.Acknowledge, sms);
    }

    [Fact]
    public void Template_values_are_at_most_twenty_characters_and_times_are_beijing_time()
    {
        var fields = new Dictionary<string, string> { ["first"] = "headline", ["keyword1"] = "level", ["keyword2"] = "effective", ["remark"] = "acknowledge" };

        var data = WarningText.TemplateData(Warning(new string('山', 30), "撤离"), fields);

        Assert.Equal(new string('山', 19) + "…", data["first"]);
        Assert.Equal("滑坡橙色预警", data["keyword1"]);
        Assert.Equal("2026-06-01 10:30", data["keyword2"]);
        Assert.True(data["remark"].Length <= 20);
    }

    [Theory]
    [InlineData("geological.orange", "geological.orange")]
    [InlineData("geological", "geological")]
    [InlineData("default", "default")]
    [InlineData("weather.red", "geological.orange")]
    public void The_template_is_the_most_specific_one_configured(string configured, string expected)
    {
        Assert.Equal(expected, WarningText.TemplateKey(Warning("h", "i"), new Dictionary<string, string> { [configured] = "T" }));
    }

    [Theory]
    [InlineData("geological", "orange", "warning", true)]
    [InlineData("flood", "red", "warning", true)]
    [InlineData("weather", "red", "warning", false)]
    [InlineData("geological", "yellow", "warning", false)]
    [InlineData("geological", "blue", "forecast", true)]
    [InlineData("other", "red", "danger_notice", true)]
    [InlineData("geological", "red", "all_clear", false)]
    public void The_recipients_shelter_is_named_only_in_warnings_that_tell_people_to_leave(string hazard, string level, string kind, bool named)
    {
        var w = Warning("后山出现裂缝", "请立即撤离。", kind) with { Hazard = hazard, Level = level };

        var sms = WarningText.Sms(w, 300, "村小学安置点（村委会旁）");

        Assert.Equal(named, sms.Contains("撤离请到村小学安置点（村委会旁）。", StringComparison.Ordinal));
        Assert.Equal(WarningText.Sms(w, 300), WarningText.Sms(w, 300, null));
        Assert.EndsWith(WarningText.Acknowledge, sms);
    }

    [Fact]
    public void A_long_warning_gives_up_body_not_the_shelter_and_a_tiny_budget_keeps_the_warning_instead()
    {
        var w = Warning(new string('山', 200), new string('撤', 400));

        var sms = WarningText.Sms(w, 300, "村小学安置点（村委会旁）");
        var tiny = WarningText.Sms(w, 60, "村小学安置点（村委会旁）");

        Assert.Equal(300, sms.Length);
        Assert.EndsWith("…撤离请到村小学安置点（村委会旁）。" + WarningText.Acknowledge, sms);
        Assert.DoesNotContain("村小学", tiny, StringComparison.Ordinal);
        Assert.Equal(60, tiny.Length);
    }
}
