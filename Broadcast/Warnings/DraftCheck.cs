namespace Alerts.Broadcast.Warnings;

/// <summary>A request that passed every rule of creating: the draft as it would be stored, and whether it would be
/// published at once on the green channel (when submitted).</summary>
public sealed record DraftCheck(WarningDraft Draft, bool GreenChannel);
