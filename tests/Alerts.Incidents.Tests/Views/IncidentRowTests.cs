using Alerts.Incidents.Upward;
using Alerts.Incidents.Views;

namespace Alerts.Incidents.Tests.Views;

/// <summary>The list's badge says where the report up stands, in words, with the deadline in Beijing time.</summary>
public sealed class IncidentRowTests
{
    private static readonly DateTimeOffset Due = new(2026, 7, 1, 13, 35, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(UpwardStatus.Drafted, -10, "须21:35前报市")]
    [InlineData(UpwardStatus.Drafted, 12, "超时12分钟")]
    [InlineData(UpwardStatus.Sent, 12, "已报市")]
    [InlineData(UpwardStatus.Acknowledged, 90, "市已确认")]
    public void TheBadgeReadsTheReportUpAsItStands(string status, int minutesAfterDue, string badge)
    {
        var row = new IncidentRow { UpwardStatus = status, UpwardDueUtc = Due };

        Assert.Equal(badge, row.UpwardBadge(Due.AddMinutes(minutesAfterDue)));
        Assert.Equal(status == UpwardStatus.Drafted && minutesAfterDue > 0, row.UpwardOverdue(Due.AddMinutes(minutesAfterDue)));
    }

    [Fact]
    public void AnIncidentWithoutAReportUpHasNoBadge() => Assert.Null(new IncidentRow().UpwardBadge(Due));
}
