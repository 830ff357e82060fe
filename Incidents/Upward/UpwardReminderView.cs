namespace Alerts.Incidents.Upward;

/// <summary>One reminder in a report's record: when, which step, whom (from which roster), and what it said was wrong.</summary>
public sealed record UpwardReminderView(int Step, DateTimeOffset AtUtc, long PersonId, string Name, string RosterCode, string State,
    string StateChinese)
{
    public static UpwardReminderView Of(UpwardReminder r) =>
        new(r.Step, r.AtUtc, r.PersonId, r.Name, r.RosterCode, r.State, StateToChinese(r.State));

    public static string StateToChinese(string state) => state switch
    {
        UpwardClock.Overdue => "超时未报",
        UpwardStatus.Sent => "已报未确认",
        _ => "未报送",
    };
}
