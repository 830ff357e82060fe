namespace Alerts.Incidents.Upward;

/// <summary>The "Incidents:Upward" section: the hour of art. 35 and how often the county roster is reminded within it.</summary>
public sealed class UpwardOptions
{
    public const string Section = "Incidents:Upward";

    /// <summary>Art. 35: within one hour of learning of a 大型 or 特大型 灾情 or 险情.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Until the municipality has acknowledged, the next person on the county roster is reminded this often.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Whom the report goes to: the municipality (重庆市, division code 50), not the statistical 市辖区 (5001).</summary>
    public string ToCode { get; set; } = "50";

    public string ToName { get; set; } = "重庆市人民政府（市应急管理局、市规划自然资源局）";
}
