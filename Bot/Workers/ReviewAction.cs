namespace Alerts.Bot.Workers;

internal enum ReviewAction
{
    Confirm,
    Reject,
    Correct,
}
