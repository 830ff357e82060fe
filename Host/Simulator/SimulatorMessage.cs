namespace Alerts.Host.Simulator;

/// <summary>What the simulator page posts: one message, or a WeChat event, from a person on a channel.</summary>
/// <param name="Channel">"wechat" or "sms".</param>
/// <param name="ClientMessageId">A GUID made in the browser once per message, so a double click or a resend is
/// recognised as the same message.</param>
/// <param name="Kind">"text" (the default), or the WeChat-only "subscribe" and "location".</param>
internal sealed record SimulatorMessage(long PersonId, string? Channel, string? Text, string? ClientMessageId, string? Kind = null);
