namespace Alerts.Incidents.Views;

/// <summary>One item as the details page lists it: its number as people read it, its kind and its village.</summary>
public sealed record IncidentItemView
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public long RefId { get; init; }
    public string? VillageCode { get; init; }
    public string? VillageName { get; init; }
    public DateTimeOffset ReceivedUtc { get; init; }
    public string? ReportNumber { get; init; }
    public string? ReportStatus { get; init; }
    public string? PointCode { get; init; }

    public string KindName => Core.IncidentItemKinds.ToChinese(Kind);

    /// <summary>"报告100012", "求助H3", "险情通报W7", "隐患点HP-001".</summary>
    public string Number => Kind switch
    {
        Core.IncidentItemKinds.Report => $"报告{ReportNumber}",
        Core.IncidentItemKinds.Help => $"求助H{RefId}",
        Core.IncidentItemKinds.DangerNotice => $"险情通报W{RefId}",
        _ => $"隐患点{PointCode}",
    };
}
