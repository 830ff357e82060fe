using System.Text.Json;

namespace Alerts.Bot.Dialogs;

/// <summary>The dialog stack of one conversation during one turn, with the turn it belongs to.</summary>
public sealed class DialogContext(TurnContext turn, List<DialogFrame> stack)
{
    public TurnContext Turn { get; } = turn;

    public IReadOnlyList<DialogFrame> Stack => stack;

    public bool IsEmpty => stack.Count == 0;

    internal DialogFrame ActiveFrame => stack[^1];

    internal void Push(IDialog dialog) =>
        stack.Add(new DialogFrame(dialog.Id, dialog.Version, default));

    /// <summary>The dialog that ended last in this turn, so the router knows whose result it holds.</summary>
    public string? LastEndedId { get; private set; }

    internal void Pop()
    {
        LastEndedId = stack[^1].DialogId;
        stack.RemoveAt(stack.Count - 1);
    }

    internal void ReplaceActiveState(JsonElement state) => stack[^1] = stack[^1] with { State = state };

    /// <summary>True when any frame on the stack is the dialog <paramref name="dialogId"/>.</summary>
    public bool Contains(string dialogId) => stack.Exists(f => f.DialogId == dialogId);
}
