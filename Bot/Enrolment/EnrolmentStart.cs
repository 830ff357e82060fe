namespace Alerts.Bot.Enrolment;

/// <summary>
/// How enrolment begins: from a village's QR code (subscribe with a scene), or from a first message, which is handed
/// back when enrolment completes so a report it described is not lost.
/// </summary>
internal sealed record EnrolmentStart(string? QrVillageCode, string? FirstText = null);
