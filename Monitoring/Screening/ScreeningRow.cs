namespace Alerts.Monitoring.Screening;

/// <summary>One household a department's list names, as read from line <paramref name="Line"/>.</summary>
public sealed record ScreeningRow(int Line, string VillageCode, string HeadName, string? RegisterNo, string Reason, DateOnly ListedOn);
