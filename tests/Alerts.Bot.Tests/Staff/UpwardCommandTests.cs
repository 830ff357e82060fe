using Alerts.Bot.Staff;

namespace Alerts.Bot.Tests.Staff;

/// <summary>How the duty official's 已报市 / 市已确认 replies are read.</summary>
public sealed class UpwardCommandTests
{
    [Theory]
    [InlineData("已报市 SJ12 电话", false, 12L, "电话")]
    [InlineData("已报市sj12传真", false, 12L, "传真")]
    [InlineData("已报市：SJ 12，政务平台", false, 12L, "政务平台")]
    [InlineData("已报市 12", false, 12L, "")]
    [InlineData("市已确认 SJ12 市应急局张科长", true, 12L, "市应急局张科长")]
    [InlineData("市已确认SJ7", true, 7L, "")]
    public void AReplyNamesTheIncidentAndHowOrWho(string text, bool acknowledged, long incident, string rest)
    {
        var command = UpwardCommand.Parse(text);

        Assert.NotNull(command);
        Assert.Equal((acknowledged, incident, rest), (command.Acknowledged, command.IncidentId, command.Rest));
    }

    [Theory]
    [InlineData("已报市")]
    [InlineData("已报市 SJ0 电话")]
    [InlineData("我们已报市了")]
    [InlineData("市已确认 张科长")]
    public void OtherWordsAreNoReportUp(string text) => Assert.Null(UpwardCommand.Parse(text));
}
