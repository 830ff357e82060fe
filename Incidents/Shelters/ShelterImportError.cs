namespace Alerts.Incidents.Shelters;

/// <summary>Why one line of a shelter import was refused (line 1 = the header).</summary>
public sealed record ShelterImportError(int Line, string Chinese, string English);
