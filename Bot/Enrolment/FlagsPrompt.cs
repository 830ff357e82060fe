using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;

namespace Alerts.Bot.Enrolment;

/// <summary>
/// Several numbers in one answer ("1 3", "一和三", "13"), the words themselves ("七十了，一个人住"), or 0 / 没有 for
/// none: which of the three priority groups apply.
/// </summary>
internal sealed class FlagsPrompt : Prompt<PriorityFlags>
{
    public const string DialogId = "prompt.flags";

    public override string Id => DialogId;

    protected override PriorityFlags? Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Text;
        if (text is "0" or "没有" or "都没有" or "无" or "没") return new PriorityFlags(false, false, false);
        // "七十了，一个人住": the words, not the numbers of the list (70 is not an option).
        if (PriorityFlagWords.Find(text) is { } said) return said;
        // "13" typed without a space means 1 and 3 here: the answers are single digits.
        var picked = text.Where(ch => ch is >= '1' and <= '3').Select(ch => ch - '0').ToHashSet();
        foreach (var match in NumberRecognizer.FindAll(TextNormalizer.Normalize(text)))
            if (match.Value is >= 1 and <= 3) picked.Add((int)match.Value);
        if (picked.Count == 0) return null;
        return new PriorityFlags(picked.Contains(1), picked.Contains(2), picked.Contains(3));
    }

    protected override string Render(DialogContext dc, PromptOptions options) =>
        options.Text + "\n1 60岁以上\n2 有残疾\n3 一个人住\n可以回复多个数字，比如“1 3”；都没有回复0。";
}
