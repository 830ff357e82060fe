namespace Alerts.Host.Simulator;

/// <summary>What the bot answered; empty when it had nothing to say, or is still working on a repeated message.</summary>
internal sealed record SimulatorReplies(IReadOnlyList<string> Replies);
