namespace Alerts.Host.Simulator;

/// <summary>Why a simulated message was refused, in Chinese for the page to show as it is.</summary>
internal sealed record SimulatorError(string Error);
