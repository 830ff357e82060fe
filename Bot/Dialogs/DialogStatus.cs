namespace Alerts.Bot.Dialogs;

public enum DialogStatus
{
    /// <summary>The dialog asked something and waits for the person's next message.</summary>
    Waiting,
    /// <summary>The dialog wants a child dialog started; it resumes with the child's result.</summary>
    BeginChild,
    /// <summary>The dialog finished; its result goes to the parent.</summary>
    Complete,
    /// <summary>The dialog gave up (the person cancelled, or too many wrong answers).</summary>
    Cancelled,
}
