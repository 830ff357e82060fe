using Alerts.Broadcast.Targeting;

namespace Alerts.Host.Api;

/// <summary>GET /api/warnings/{id}/preview: who it reaches, by village, audience and channel.</summary>
internal sealed record PreviewResponse(long WarningId, long Total, IReadOnlyDictionary<string, long> ByChannel,
    IReadOnlyDictionary<string, long> ByAudience, IReadOnlyList<PreviewResponse.Row> Villages)
{
    public sealed record Row(string Village, string? Name, string Audience, string Channel, long People);

    public static PreviewResponse From(long warningId, Preview p) => new(warningId, p.Total, p.ByChannel, p.ByAudience,
        p.Rows.Select(r => new Row(r.VillageCode, r.VillageName, Broadcast.Warnings.Audiences.OfRole(r.Role), r.Channel, r.People)).ToList());
}
