namespace Alerts.Bot.Dialogs;

/// <summary>A dialog that can say its pending question again (after a resumed conversation or the menu).</summary>
public interface IReprompt
{
    void Reprompt(DialogContext dc);
}
