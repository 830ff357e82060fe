using Alerts.Bot.Dialogs;

namespace Alerts.Bot.Conversations;

/// <summary>The stored conversation as the router works on it: the live stack and a set-aside one.</summary>
internal sealed class ConversationState(List<DialogFrame> stack, List<DialogFrame> suspended, DateTimeOffset? updatedUtc)
{
    public List<DialogFrame> Stack { get; } = stack;

    /// <summary>A stack that expired mid-report, kept so the person can pick it up again ("继续").</summary>
    public List<DialogFrame> Suspended { get; private set; } = suspended;

    public DateTimeOffset? UpdatedUtc { get; } = updatedUtc;

    public void Suspend()
    {
        Suspended = [.. Stack];
        Stack.Clear();
    }

    public void Resume()
    {
        Stack.Clear();
        Stack.AddRange(Suspended);
        Suspended = [];
    }

    public void DropSuspended() => Suspended = [];
}
