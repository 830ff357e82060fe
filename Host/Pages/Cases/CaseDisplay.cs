using System.Globalization;
using Alerts.Monitoring.Cases;
using Alerts.Store.Database;

namespace Alerts.Host.Pages.Cases;

/// <summary>How a case's stored words read on the console: source, stage, risk types, the clock.</summary>
internal static class CaseDisplay
{
    public static string Source(string source) => CaseSources.ToChinese(source);

    public static string Stage(string stage) => CaseSteps.StageToChinese(stage);

    public static string RiskTypes(string json) => CaseSources.RiskTypesText(json);

    /// <summary>Days left until the deadline (negative when late), counted in Beijing dates as the deadline is.</summary>
    public static int DaysLeft(CaseRow row, DateTimeOffset now) =>
        DateOnly.ParseExact(row.DeadlineOn, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - BeijingTime.Today(now).DayNumber;

    /// <summary>"还剩3天", "今天到期", "已超期2天"; only while identification runs.</summary>
    public static string? Clock(CaseRow row, DateTimeOffset now)
    {
        if (row.Status != CaseStatus.Identifying) return null;
        var days = DaysLeft(row, now);
        return days > 0 ? $"还剩{days}天" : days == 0 ? "今天到期" : $"已超期{-days}天";
    }

    public static string When(DateTimeOffset t) => BeijingTime.Of(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
