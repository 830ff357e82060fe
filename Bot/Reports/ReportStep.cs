namespace Alerts.Bot.Reports;

/// <summary>The questions of a self-report, in the order they are asked.</summary>
internal enum ReportStep
{
    Subject,
    Hazard,
    When,
    People,
    PeopleCount,
    House,
    Crops,
    Livestock,
    Water,
    IncomeLost,
    Medical,
    MedicalCare,
    Living,
    Schooling,
    Labour,
    Extras,
    Confirm,
    Done,
}
