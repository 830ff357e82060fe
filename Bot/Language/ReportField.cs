namespace Alerts.Bot.Language;

/// <summary>The facts a report asks for, as flags: which were answered "不知道", which were said without a count.</summary>
[Flags]
internal enum ReportField
{
    None = 0,
    Hazard = 1,
    When = 2,
    Deaths = 4,
    Injured = 8,
    House = 16,
    Crops = 32,
    Livestock = 64,
    Water = 128,
    Loss = 256,
    Medical = 512,
    Labour = 1024,
    Food = 2048,
    Clothing = 4096,
    Schooling = 8192,
    MedicalCare = 16384,
}
