namespace Alerts.Bot.Dialogs;

/// <summary>A message the turn wants delivered to someone else, written to the notifications outbox with the turn.</summary>
public sealed record PendingNotification(long PersonId, string Text, string Reason);
