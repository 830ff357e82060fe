namespace Alerts.Broadcast.Targeting;

/// <summary>Who a warning reaches, before (or after) it is published: totals and rows by village, audience and channel.</summary>
public sealed record Preview(long Total, IReadOnlyDictionary<string, long> ByChannel, IReadOnlyDictionary<string, long> ByAudience,
    IReadOnlyList<PreviewRow> Rows);
