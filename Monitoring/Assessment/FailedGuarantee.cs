namespace Alerts.Monitoring.Assessment;

/// <summary>A guarantee that fails, and who says so: the report (this event), the household's record, or both.</summary>
public sealed record FailedGuarantee(Guarantee Guarantee, bool SaidInReport, bool OnRecord);
