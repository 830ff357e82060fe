namespace Alerts.Incidents.Upward;

/// <summary>Where a report up stands: drafted (the hour runs), sent (awaiting the municipality), acknowledged (done).</summary>
public static class UpwardStatus
{
    public const string Drafted = "drafted";
    public const string Sent = "sent";
    public const string Acknowledged = "acknowledged";

    public static string ToChinese(string status) => status switch
    {
        Drafted => "未报送",
        Sent => "已报送，待市里确认",
        Acknowledged => "市里已确认收到",
        _ => status,
    };
}
