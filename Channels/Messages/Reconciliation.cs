namespace Alerts.Channels.Messages;

/// <summary>What to do with a message whose earlier send may or may not have reached the provider.</summary>
public enum ReconcileVerdict
{
    /// <summary>The provider has it: it was sent (<see cref="Reconciliation.ProviderMessageId"/> when known).</summary>
    Sent,
    /// <summary>The provider has no such message, or it drops a repeat of the same key: sending again is safe.</summary>
    SendAgain,
    /// <summary>The provider could not be asked now (network, 5xx): ask again later, never resend blindly.</summary>
    AskLater,
    /// <summary>There is no way to learn it and a resend could reach the person twice: leave it unknown.</summary>
    CannotTell,
}

/// <summary>The provider's answer to "did this message go?", as a decision.</summary>
/// <param name="StillInDoubt">With <see cref="ReconcileVerdict.SendAgain"/>: the first send may still have gone, and
/// only the provider's deduplication makes the resend safe (so it is safe only as long as that lasts).</param>
/// <param name="PossibleDuplicate">With <see cref="ReconcileVerdict.SendAgain"/>: the provider has no deduplication and
/// could not say; the resend is made because no receipt came in the time one would have, and the person may get the
/// message twice. The record says so.</param>
public sealed record Reconciliation(ReconcileVerdict Verdict, string? ProviderMessageId = null, bool StillInDoubt = false,
    bool PossibleDuplicate = false)
{
    /// <summary>The provider has no such message.</summary>
    public static Reconciliation SendAgain { get; } = new(ReconcileVerdict.SendAgain);

    /// <summary>The provider drops a repeat of the same key, so a resend is safe whether or not the first went.</summary>
    public static Reconciliation ResendDeduplicated { get; } = new(ReconcileVerdict.SendAgain, StillInDoubt: true);

    /// <summary>No receipt came within the wait and the provider cannot tell: resend, and mark it a possible duplicate.</summary>
    public static Reconciliation ResendUnconfirmed { get; } = new(ReconcileVerdict.SendAgain, StillInDoubt: true, PossibleDuplicate: true);

    public static Reconciliation AskLater { get; } = new(ReconcileVerdict.AskLater);
    public static Reconciliation CannotTell { get; } = new(ReconcileVerdict.CannotTell);
}
