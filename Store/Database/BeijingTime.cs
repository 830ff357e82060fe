namespace Alerts.Store.Database;

/// <summary>
/// Beijing time (UTC+8, no daylight saving): what every person reading Alerts lives by. Times are stored in UTC;
/// dates people see and deadlines they count are Beijing dates.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Of(DateTimeOffset time) => time.ToOffset(Offset);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Of(now).DateTime);
}
