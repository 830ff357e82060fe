using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Reports;

public sealed class ReportDraftsTests
{
    // Issue 4: "帮邻居报" showed the menu, because only damage words started a report.
    [Theory]
    [InlineData("帮邻居报")]
    [InlineData("我想帮隔壁王大爷报一下")]
    [InlineData("替别人报灾")]
    public void Issue4_AskingToReportForANeighbourStartsANeighbourReportEvenWithoutDamageWords(string text)
    {
        var draft = ReportDrafts.FromText(text);

        Assert.NotNull(draft);
        Assert.True(draft.ForNeighbour);
        Assert.Null(draft.House);
    }

    [Theory]
    [InlineData("邻居来了")]
    [InlineData("隔壁在吗")]
    [InlineData("你好")]
    public void ANeighbourMerelyMentionedIsNotAReport(string text) => Assert.Null(ReportDrafts.FromText(text));
}
