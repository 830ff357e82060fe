using System.Text;
using Alerts.Bot.Language;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Dialogs.Prompts;

/// <summary>
/// A numbered menu: "1 …  2 …". Understood by number in any script (1, １, 一, ①, 第一个), by the label or a
/// synonym, and on WeChat by the menu CLICK key. Completes with the choice's value.
/// </summary>
public sealed class ChoicePrompt : Prompt<string>
{
    public const string DialogId = "prompt.choice";

    public override string Id => DialogId;

    protected override string? Recognize(DialogContext dc, PromptOptions options)
    {
        var m = dc.Turn.Message;
        if (m is { Kind: InboundKind.Event, EventName: "click" })
            return options.Choices.FirstOrDefault(c => c.MenuKey is not null && c.MenuKey == m.EventKey)?.Value;
        var text = dc.Turn.Text;
        if (NumberRecognizer.RecognizeChoice(text, options.Choices.Count) is { } n) return options.Choices[n - 1].Value;
        return options.Choices.FirstOrDefault(c => Matches(c, text))?.Value;
    }

    protected override string Render(DialogContext dc, PromptOptions options) => Menu(options);

    /// <summary>The question and its numbered options.</summary>
    internal static string Menu(PromptOptions options)
    {
        var text = new StringBuilder(options.Text);
        for (var i = 0; i < options.Choices.Count; i++)
            text.Append('\n').Append(i + 1).Append(' ').Append(options.Choices[i].Label);
        return text.ToString();
    }

    private static bool Matches(Choice choice, string text) =>
        text.Length > 0 && (text == choice.Label || (choice.Synonyms?.Any(s => text.Contains(s, StringComparison.Ordinal)) ?? false));
}
