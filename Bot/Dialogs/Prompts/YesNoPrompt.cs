using Alerts.Bot.Language;

namespace Alerts.Bot.Dialogs.Prompts;

/// <summary>Yes or no in the words people use (是/对/嗯/好/要/可以; 不/没有/否/不用), and 1/2 as the menu shows.</summary>
public sealed class YesNoPrompt : Prompt<bool?>
{
    public const string DialogId = "prompt.yesno";

    public override string Id => DialogId;

    protected override bool? Recognize(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Text;
        if (NumberRecognizer.RecognizeChoice(text, 2) is { } n) return n == 1;
        return YesNoRecognizer.Recognize(text) switch
        {
            YesNo.Yes => true,
            YesNo.No => false,
            _ => null,
        };
    }

    protected override string Render(DialogContext dc, PromptOptions options) => options.Text + "\n1 是\n2 否";
}
