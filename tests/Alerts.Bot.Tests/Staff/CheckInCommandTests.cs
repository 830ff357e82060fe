using Alerts.Bot.Staff;

namespace Alerts.Bot.Tests.Staff;

/// <summary>How a helper's 走访 reply is read.</summary>
public sealed class CheckInCommandTests
{
    [Theory]
    [InlineData("走访 12 房子在修,收入稳定", 12L, "房子在修,收入稳定")]
    [InlineData("走访12房子在修", 12L, "房子在修")]
    [InlineData("走访 案例12：还住亲戚家", 12L, "还住亲戚家")]
    [InlineData("走访 M7 看过了", 7L, "看过了")]
    [InlineData("走访 12", 12L, "")]
    [InlineData("走访", null, "")]
    public void AVisitReplyNamesTheCaseAndWhatTheVisitFound(string text, long? caseId, string notes)
    {
        var command = CheckInCommand.Parse(text);

        Assert.NotNull(command);
        Assert.Equal((caseId, notes), (command.CaseId, command.Notes));
    }

    [Theory]
    [InlineData("我要报灾")]
    [InlineData("确认 100001")]
    [InlineData("他们走访过了")]
    public void OtherWordsAreNoVisit(string text) => Assert.Null(CheckInCommand.Parse(text));
}
