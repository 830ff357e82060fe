namespace Alerts.Incidents.Core;

/// <summary>
/// An incident (灾情/险情 event): what came in from one town about one hazard family, with its grade. Figures are not
/// stored here; they are read from the confirmed records each time (Figures).
/// </summary>
public sealed record Incident
{
    public long Id { get; init; }
    public required string TownCode { get; init; }
    public required string CountyCode { get; init; }

    /// <summary>weather, geological, flood or other (Store's ReportHazards).</summary>
    public required string Family { get; init; }
    public required string Title { get; init; }
    public string Status { get; init; } = IncidentStatus.Open;

    /// <summary>The grade in force (IncidentGrades): unclassified, small, medium, large, extra_large.</summary>
    public string Grade { get; init; } = IncidentGrades.Unclassified;
    public string? DisasterGrade { get; init; }
    public string? DangerGrade { get; init; }
    public DateTimeOffset OpenedUtc { get; init; }
    public string OpenedBy { get; init; } = "";
    public DateTimeOffset LastItemUtc { get; init; }
    public DateTimeOffset? ClosedUtc { get; init; }
    public string? ClosedBy { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }

    /// <summary>What people read and type: SJ12 (事件).</summary>
    public string Number => IncidentNumber.Of(Id);
}

public static class IncidentStatus
{
    public const string Open = "open";
    public const string Closed = "closed";
}

/// <summary>An incident's number as people read and type it: "SJ12" (事件); parsing accepts "sj12" and "12".</summary>
public static class IncidentNumber
{
    public const string Prefix = "SJ";

    public static string Of(long id) => Prefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static long? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) t = t[Prefix.Length..];
        return long.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? id : null;
    }
}
