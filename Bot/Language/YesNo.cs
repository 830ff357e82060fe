namespace Alerts.Bot.Language;

internal enum YesNo
{
    Unknown,
    Yes,
    No,
}
