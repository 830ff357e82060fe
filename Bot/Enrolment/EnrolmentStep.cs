namespace Alerts.Bot.Enrolment;

internal enum EnrolmentStep
{
    Consent,
    Phone,
    ConfirmVillage,
    Town,
    Village,
    Name,
    Flags,
    Done,
}
