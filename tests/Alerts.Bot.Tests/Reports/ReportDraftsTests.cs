using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Reports;

public sealed class ReportDraftsTests
{
    private static readonly DateOnly Today = new(2026, 7, 10);

    // Issue 11: what the first message said is not asked again, the time included.
    [Theory]
    [InlineData("昨晚上涨水，灶屋那面墙垮了", 1)]
    [InlineData("今天早上起来发现坎子垮了", 0)]
    [InlineData("前几天下冰雹，瓦打烂了好多", 4)]
    public void Issue11_TheDayTheFirstMessageNamesIsKept(string text, int daysAgo) =>
        Assert.Equal(Today.AddDays(-daysAgo), ReportDrafts.FromText(text, Today)!.OccurredOn);

    // Issue 11: a range is kept as said, its least as the figure and its most beside it.
    [Fact]
    public void Issue11_ARangeOfLossIsKeptAsItsLeastAndMost()
    {
        var draft = ReportDrafts.FromText("房子垮了，起码十几万", Today)!;

        Assert.Equal((110_000, 190_000), (draft.IncomeLostYuan, draft.IncomeLostMaxYuan));
        Assert.Equal(HouseDamage.Collapsed, draft.House);
    }

    // Issue 4: "帮邻居报" showed the menu, because only damage words started a report.
    [Theory]
    [InlineData("帮邻居报")]
    [InlineData("我想帮隔壁王大爷报一下")]
    [InlineData("替别人报灾")]
    public void Issue4_AskingToReportForANeighbourStartsANeighbourReportEvenWithoutDamageWords(string text)
    {
        var draft = ReportDrafts.FromText(text, Today);

        Assert.NotNull(draft);
        Assert.True(draft.ForNeighbour);
        Assert.Null(draft.House);
    }

    [Theory]
    [InlineData("邻居来了")]
    [InlineData("隔壁在吗")]
    [InlineData("你好")]
    public void ANeighbourMerelyMentionedIsNotAReport(string text) => Assert.Null(ReportDrafts.FromText(text, Today));
}
