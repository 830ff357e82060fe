using System.Text.Json;
using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Corpus;

/// <summary>
/// Runs a corpus line through the bot's own entry points: a first message through <see cref="ReportPrefill"/>, an
/// answer through the prompt that asks that question, then says what was understood in the corpus's vocabulary.
/// </summary>
internal static class CorpusBot
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(CorpusLine line)
    {
        if (line.Context == "first") return CorpusFacts.Of(ReportPrefill.Extract(line.Text));
        var (prompt, options) = Question(line.Context);
        var result = await AnswerAsync(prompt, options, line.Text);
        var draft = new ReportDraft();
        string? people = null;
        if (result.Status == DialogStatus.Complete) Apply(line.Context, draft, result, ref people);
        return CorpusFacts.Of(draft, people);
    }

    private static (IDialog Prompt, PromptOptions Options) Question(string context) => context switch
    {
        "hazard" => (new ChoicePrompt(), ReportQuestions.Hazard),
        "when" => (new ChoicePrompt(), ReportQuestions.When),
        "people" => (new ChoicePrompt(), ReportQuestions.People),
        "deaths" => (new NumberPrompt(), ReportQuestions.PeopleCount(dead: true)),
        "injured" => (new NumberPrompt(), ReportQuestions.PeopleCount(dead: false)),
        "house" => (new ChoicePrompt(), ReportQuestions.House),
        "crops" => (new ChoicePrompt(), ReportQuestions.Crops),
        "livestock" => (new YesNoPrompt(), ReportQuestions.Livestock),
        "water" => (new ChoicePrompt(), ReportQuestions.Water),
        "loss" => (new NumberPrompt(), ReportQuestions.IncomeLost),
        "medical" => (new NumberPrompt(), ReportQuestions.Medical),
        "labour" => (new YesNoPrompt(), ReportQuestions.Labour),
        _ => throw new ArgumentException($"Unknown context {context}"),
    };

    // What SelfReportDialog does with each prompt's result.
    private static void Apply(string context, ReportDraft d, DialogTurnResult r, ref string? people)
    {
        switch (context)
        {
            case "hazard": d.Hazard = r.As<string>(); break;
            case "when": d.OccurredOn = CorpusFacts.Today.AddDays(-int.Parse(r.As<string>() ?? "0", System.Globalization.CultureInfo.InvariantCulture)); break;
            case "people":
                people = r.As<string>();
                if (people == "none") (d.Deaths, d.Injured) = (0, 0);
                break;
            case "deaths": d.Deaths = (int)Math.Min(r.As<long?>() ?? 1, 99); break;
            case "injured": d.Injured = (int)Math.Min(r.As<long?>() ?? 1, 99); break;
            case "house": d.House = ReportKeys.ParseHouse(r.As<string>()); break;
            case "crops": d.Crops = ReportKeys.ParseCrops(r.As<string>()); break;
            case "livestock": d.LivestockLost = r.As<bool?>(); break;
            case "water": d.Water = ReportKeys.ParseWater(r.As<string>()); break;
            case "loss": d.IncomeAsked = true; d.IncomeLostYuan = ReportKeys.Yuan(r.As<long?>()); break;
            case "medical": d.MedicalAsked = true; d.ExtraMedicalYuan = ReportKeys.Yuan(r.As<long?>()); break;
            case "labour": d.HasLabour = r.As<bool?>(); break;
        }
    }

    private static async Task<DialogTurnResult> AnswerAsync(IDialog prompt, PromptOptions options, string text)
    {
        var stack = new List<DialogFrame> { new(prompt.Id, prompt.Version, default) };
        await prompt.BeginAsync(Context(stack, ""), JsonSerializer.SerializeToElement(options, DialogJson.Options), CancellationToken.None);
        return await prompt.ContinueAsync(Context(stack, text), CancellationToken.None);
    }

    private static DialogContext Context(List<DialogFrame> stack, string text)
    {
        var message = new InboundMessage(ChannelKind.Sms, "+8613800000000", "corpus", InboundKind.Text, text, DateTimeOffset.UnixEpoch);
        return new DialogContext(new TurnContext(message, TextNormalizer.Normalize(text), DateTimeOffset.UnixEpoch, null!, null!), stack);
    }
}
