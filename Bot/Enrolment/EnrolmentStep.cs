namespace Alerts.Bot.Enrolment;

internal enum EnrolmentStep
{
    Consent,
    Phone,
    Code,
    ConfirmVillage,
    Town,
    Village,
    Name,
    Flags,
    Done,
}
