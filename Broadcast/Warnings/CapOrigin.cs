namespace Alerts.Broadcast.Warnings;

/// <summary>Where an imported CAP alert came from: its sender, identifier and sent time as written.</summary>
public sealed record CapOrigin(string Sender, string Identifier, string Sent);
