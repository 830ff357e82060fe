namespace Alerts.Bot.Enrolment;

internal sealed class EnrolmentState
{
    public EnrolmentStep Step { get; set; }
    /// <summary>The village of the QR code the person scanned, if any.</summary>
    public string? QrVillageCode { get; set; }
    public string? TownCode { get; set; }
    public string? VillageCode { get; set; }
    public string? Phone { get; set; }
    public string? Name { get; set; }
    public string? FirstText { get; set; }
}
