namespace Alerts.Incidents.Core;

/// <summary>One thing an incident is made of: a report, a help request, a 险情通报 or a monitor's report.</summary>
public sealed record IncidentItem
{
    public long Id { get; init; }
    public long IncidentId { get; init; }

    /// <summary>One of <see cref="IncidentItemKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>reports.id, help_requests.id, warnings.id (the 险情通报) or hazard_point_observations.id.</summary>
    public long RefId { get; init; }
    public string? VillageCode { get; init; }
    public DateTimeOffset ReceivedUtc { get; init; }
    public DateTimeOffset AddedUtc { get; init; }
    public string AddedBy { get; init; } = "";
}

public static class IncidentItemKinds
{
    public const string Report = "report";
    public const string Help = "help";
    public const string DangerNotice = "danger_notice";
    public const string MonitorReport = "monitor_report";

    public static readonly IReadOnlyList<string> All = [Report, Help, DangerNotice, MonitorReport];

    public static string ToChinese(string kind) => kind switch
    {
        Report => "灾情报告",
        Help => "求助",
        DangerNotice => "险情通报",
        MonitorReport => "监测员报告",
        _ => kind,
    };
}

/// <summary>
/// Something that came in and should join an incident: what it is, where (a village code, or at least a town code),
/// which hazard family (null when the item does not say: it then joins the town's latest open incident of any family),
/// when, and a few words for the title of an incident it opens.
/// </summary>
public sealed record IncomingItem(string Kind, long RefId, string PlaceCode, string? Family, DateTimeOffset ReceivedUtc, string Summary);
