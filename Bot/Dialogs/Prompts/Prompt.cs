using System.Text.Json;

namespace Alerts.Bot.Dialogs.Prompts;

/// <summary>A prompt on the stack, whose question can be read back.</summary>
public interface IPromptOptions
{
    /// <summary>The options of the active frame, which must be this prompt's.</summary>
    PromptOptions? OptionsOf(DialogContext dc);
}

/// <summary>
/// Asks one question and waits: recognise the answer, and either complete with the value or say the hint and ask
/// again, up to <see cref="PromptOptions.MaxAttempts"/>; then give up politely (Cancelled). The recogniser is the
/// only thing a concrete prompt writes.
/// </summary>
public abstract class Prompt<T> : Dialog<PromptState>, IReprompt, IPromptOptions
{
    internal const string GiveUp = "没有看懂您的回复。回复“菜单”可以重新开始，回复“人工”联系网格员。";
    private const string Skip = "跳过";

    /// <summary>The recognised value, or null when the text does not answer the question.</summary>
    protected abstract T? Recognize(DialogContext dc, PromptOptions options);

    /// <summary>The question as shown on this channel: choices are listed with numbers.</summary>
    protected virtual string Render(DialogContext dc, PromptOptions options) => options.Text;

    public void Reprompt(DialogContext dc)
    {
        if (OptionsOf(dc) is { } options) dc.Turn.Say(Render(dc, options));
    }

    public PromptOptions? OptionsOf(DialogContext dc) =>
        dc.ActiveFrame.State.ValueKind == JsonValueKind.Object ? dc.ActiveFrame.State.Deserialize<PromptState>(DialogJson.Options)?.Options : null;

    protected override Task<DialogTurnResult> OnBeginAsync(DialogContext dc, PromptState state, JsonElement? options, CancellationToken ct)
    {
        state.Options = options?.Deserialize<PromptOptions>(DialogJson.Options)
                        ?? throw new ArgumentException($"{Id} needs PromptOptions.");
        dc.Turn.Say(Render(dc, state.Options));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    protected override Task<DialogTurnResult> OnContinueAsync(DialogContext dc, PromptState state, CancellationToken ct)
    {
        var options = state.Options!;
        if (options.AllowSkip && dc.Turn.Text is Skip or "不知道" or "不清楚")
            return Task.FromResult(DialogTurnResult.Done);
        var value = Recognize(dc, options);
        if (value is not null) return Task.FromResult(DialogTurnResult.Complete(value));

        state.Attempts++;
        return Task.FromResult(NotUnderstood(dc, state, options));
    }

    /// <summary>The answer was not understood: by default the hint and the question again, then give up.</summary>
    protected virtual DialogTurnResult NotUnderstood(DialogContext dc, PromptState state, PromptOptions options)
    {
        if (state.Attempts >= options.MaxAttempts)
        {
            dc.Turn.Say(GiveUp);
            return DialogTurnResult.Cancelled;
        }
        dc.Turn.Say((options.RetryHint is null ? "" : options.RetryHint + "\n") + Render(dc, options));
        return DialogTurnResult.Waiting;
    }
}
