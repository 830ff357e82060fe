namespace Alerts.Bot.Dialogs.Prompts;

/// <summary>What a prompt says: the question, the hint when the answer was not understood, the choices if any.</summary>
public sealed record PromptOptions
{
    public required string Text { get; init; }

    /// <summary>Said before the question again when an answer was not understood, e.g. "请回复数字".</summary>
    public string? RetryHint { get; init; }

    /// <summary>Numbered choices for a choice prompt: what is shown, and the value returned.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Whether "跳过" (skip) is accepted; the prompt then completes with no value.</summary>
    public bool AllowSkip { get; init; }

    public int MaxAttempts { get; init; } = 3;

    /// <summary>Which question this is, for a prompt whose recogniser reads each question's answers in its own way.</summary>
    public string? Key { get; init; }

    /// <summary>The question is about harm to people, so a call for help ("有人受伤") also answers it.</summary>
    public bool HelpWordsAnswer { get; init; }
}

/// <summary>One numbered choice. <see cref="Synonyms"/> are other words people use for it; <see cref="MenuKey"/>
/// is the WeChat menu CLICK key that picks it.</summary>
public sealed record Choice(string Value, string Label, IReadOnlyList<string>? Synonyms = null, string? MenuKey = null);
