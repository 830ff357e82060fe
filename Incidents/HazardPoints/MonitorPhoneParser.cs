namespace Alerts.Incidents.HazardPoints;

/// <summary>
/// A phone number as typed into the register, as E.164, or null when it is not one. The Host supplies the Channels'
/// mainland parser, so what a phone number is stays written once (Incidents references Store only).
/// </summary>
public delegate string? MonitorPhoneParser(string text);
