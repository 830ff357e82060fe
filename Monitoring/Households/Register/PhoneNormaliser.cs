namespace Alerts.Monitoring.Households.Register;

/// <summary>
/// A phone number as typed into the register, as E.164, or null when it is not one. The Host supplies the Channels'
/// mainland parser, so the rule for what a phone number is stays in one place (Monitoring references Store only).
/// </summary>
public delegate string? PhoneNormaliser(string text);
