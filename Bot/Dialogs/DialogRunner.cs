using System.Text.Json;

namespace Alerts.Bot.Dialogs;

/// <summary>
/// Runs dialogs on a stack: begin pushes a frame, a completed dialog is popped and its parent resumed with the
/// result, a child request is started after its parent's step has returned and saved its state.
/// </summary>
public sealed class DialogRunner(IEnumerable<IDialog> dialogs)
{
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public IDialog Find(string id) =>
        _dialogs.TryGetValue(id, out var d) ? d : throw new InvalidOperationException($"No dialog '{id}' is registered.");

    /// <summary>True when every frame was written by the current definition of its dialog.</summary>
    public bool IsCurrent(IReadOnlyList<DialogFrame> stack) =>
        stack.All(f => _dialogs.TryGetValue(f.DialogId, out var d) && d.Version == f.Version);

    public async Task<DialogTurnResult> BeginAsync(DialogContext dc, string id, JsonElement? options, CancellationToken ct)
    {
        var dialog = Find(id);
        dc.Push(dialog);
        return await SettleAsync(dc, await dialog.BeginAsync(dc, options, ct), ct);
    }

    /// <summary>Gives the message to the active dialog; returns Complete when the stack is (or became) empty.</summary>
    public async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct)
    {
        if (dc.IsEmpty) return DialogTurnResult.Done;
        return await SettleAsync(dc, await Find(dc.ActiveFrame.DialogId).ContinueAsync(dc, ct), ct);
    }

    /// <summary>Says the active dialog's pending question again; the stack is unchanged.</summary>
    public Task<DialogTurnResult> RepromptAsync(DialogContext dc, CancellationToken ct)
    {
        if (!dc.IsEmpty && Find(dc.ActiveFrame.DialogId) is IReprompt reprompt) reprompt.Reprompt(dc);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <summary>True when the question waiting for an answer may be answered by a call for help ("有人受伤").</summary>
    public bool HelpWordsAnswer(DialogContext dc) =>
        !dc.IsEmpty && Find(dc.ActiveFrame.DialogId) is Prompts.IPromptOptions prompt && prompt.OptionsOf(dc)?.HelpWordsAnswer == true;

    private async Task<DialogTurnResult> SettleAsync(DialogContext dc, DialogTurnResult result, CancellationToken ct)
    {
        while (true)
        {
            switch (result.Status)
            {
                case DialogStatus.Waiting:
                    return result;
                case DialogStatus.BeginChild:
                    var child = Find(result.ChildId!);
                    dc.Push(child);
                    result = await child.BeginAsync(dc, result.Value, ct);
                    break;
                default:
                    dc.Pop();
                    if (dc.IsEmpty) return result;
                    result = await Find(dc.ActiveFrame.DialogId).ResumeAsync(dc, result, ct);
                    break;
            }
        }
    }
}
