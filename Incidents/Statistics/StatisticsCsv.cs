using System.Globalization;
using Alerts.Incidents.Core;
using Alerts.Store.Csv;

namespace Alerts.Incidents.Statistics;

/// <summary>
/// The daily statistics as CSV (through the one writer, CsvText), in this column order — the README lists it and the
/// console's table shows the same columns.
/// </summary>
public static class StatisticsCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "日期", "区划代码", "乡镇", "死亡(人)", "受伤(人)", "倒塌房屋(户)", "危房(户)", "直接经济损失(元)", "受灾户数",
        "收到报告", "已确认", "待审核", "求助", "安置人数", "未结事件", "最高等级",
    ];

    public const string Unknown = "未记录";

    public static byte[] Write(DailyStatistics s) =>
        CsvText.Write(Headers, s.Rows.Select(r => Cells(s.Date, r)));

    /// <summary>The row's cells after the date, as the page shows them too.</summary>
    public static IReadOnlyList<string> Cells(StatisticsRow r) =>
    [
        r.Code, r.Name, r.Deaths.ToString(), r.Injured.ToString(), r.HousesCollapsed.ToString(), r.HousesUnsafe.ToString(),
        r.DirectLoss.ToString(), N(r.AffectedHouseholds), N(r.ReportsReceived), N(r.ReportsConfirmed), N(r.ReportsPending),
        N(r.HelpRequests), r.Sheltered is { } n ? N(n) : Unknown, N(r.IncidentsOpen),
        r.HighestGrade is null ? "—" : IncidentGrades.ToChinese(r.HighestGrade),
    ];

    private static IEnumerable<string> Cells(DateOnly date, StatisticsRow r) =>
        Cells(r).Prepend(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
