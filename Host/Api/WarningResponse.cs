using Alerts.Broadcast.Warnings;

namespace Alerts.Host.Api;

/// <summary>A warning as the officials' API shows it; times in Beijing time with their offset.</summary>
internal sealed record WarningResponse(
    long Id, string Identifier, string Hazard, string Event, string Level, string Kind, string Headline, string Description,
    string Instruction, IReadOnlyList<string> Areas, IReadOnlyList<string> Audiences, string Effective, string Expires,
    string Status, long? References, bool GreenChannel, long? CreatedBy, long? ApprovedBy, string Source, string Created,
    string? Published, string Targeting)
{
    public static WarningResponse From(Warning w) => new(
        w.Id, w.Identifier, w.Hazard, w.Event, w.Level, w.Kind, w.Headline, w.Description, w.Instruction, w.Areas,
        w.AudienceList, WarningTimes.Format(w.EffectiveUtc), WarningTimes.Format(w.ExpiresUtc), w.Status, w.ReferencesId,
        w.GreenChannel, w.CreatedBy, w.ApprovedBy, w.Source, WarningTimes.Format(w.CreatedUtc),
        w.PublishedUtc is { } p ? WarningTimes.Format(p) : null, w.TargetingState);
}
