using System.Text.Json;

namespace Alerts.Bot.Dialogs;

/// <summary>
/// A dialog with a typed state record: the engine hands the state in, the step changes it, the engine writes it
/// back to the frame. No untyped dictionaries, no casts.
/// </summary>
public abstract class Dialog<TState> : IDialog where TState : class, new()
{
    public abstract string Id { get; }

    public virtual int Version => 1;

    public Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonElement? options, CancellationToken ct) =>
        RunAsync(dc, state => OnBeginAsync(dc, state, options, ct));

    public Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken ct) =>
        RunAsync(dc, state => OnContinueAsync(dc, state, ct));

    public Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogTurnResult child, CancellationToken ct) =>
        RunAsync(dc, state => OnResumeAsync(dc, state, child, ct));

    protected abstract Task<DialogTurnResult> OnBeginAsync(DialogContext dc, TState state, JsonElement? options, CancellationToken ct);

    protected abstract Task<DialogTurnResult> OnContinueAsync(DialogContext dc, TState state, CancellationToken ct);

    /// <summary>By default a dialog ends with its child's result.</summary>
    protected virtual Task<DialogTurnResult> OnResumeAsync(DialogContext dc, TState state, DialogTurnResult child, CancellationToken ct) =>
        Task.FromResult(child with { Status = child.Status == DialogStatus.Cancelled ? DialogStatus.Cancelled : DialogStatus.Complete });

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, Func<TState, Task<DialogTurnResult>> step)
    {
        var frame = dc.ActiveFrame;
        var state = frame.State.ValueKind == JsonValueKind.Object
            ? frame.State.Deserialize<TState>(DialogJson.Options) ?? new TState()
            : new TState();
        var result = await step(state);
        dc.ReplaceActiveState(JsonSerializer.SerializeToElement(state, DialogJson.Options));
        return result;
    }
}
