using Alerts.Broadcast.FollowUp;
using Alerts.Broadcast.Recipients;

namespace Alerts.Host.Pages.Warnings;

/// <summary>
/// The part of the warning page that changes while it is open: the delivery figures and the 叫应 list (null until the
/// follow-up delay ran out). <see cref="Live"/> while anything may still change; the page's script stops then.
/// </summary>
internal sealed record ProgressView(long WarningId, WarningProgress Progress, IReadOnlyList<FollowUpStore.CallListRow>? CallList,
    bool Live, bool Published, DateTimeOffset At);
