using Alerts.Bot.Dialogs;
using Alerts.Bot.Dialogs.Prompts;
using Alerts.Bot.Language;
using Alerts.Bot.Reports;
using Alerts.Bot.Tests.Support;

namespace Alerts.Bot.Tests.Corpus;

/// <summary>
/// Runs a corpus line through the bot's own entry points: a first message through <see cref="ReportPrefill"/>, an
/// answer through the prompt that asks that question in the self-report, then says what was understood in the
/// corpus's vocabulary.
/// </summary>
internal static class CorpusBot
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(CorpusLine line)
    {
        if (line.Context == "first") return CorpusFacts.Of(ReportPrefill.Extract(line.Text));
        var driver = await PromptDriver.BeginAsync(new ReportAnswerPrompt(), Question(line.Context));
        var (result, _) = await driver.SendAsync(line.Text);
        return result.Status == DialogStatus.Complete ? CorpusFacts.Of(result.As<ReportFacts>() ?? new ReportFacts()) : CorpusFacts.None;
    }

    private static PromptOptions Question(string context) => context switch
    {
        "hazard" => ReportQuestions.Hazard,
        "when" => ReportQuestions.When,
        "people" => ReportQuestions.People,
        "deaths" => ReportQuestions.PeopleCount(dead: true),
        "injured" => ReportQuestions.PeopleCount(dead: false),
        "house" => ReportQuestions.House,
        "crops" => ReportQuestions.Crops,
        "livestock" => ReportQuestions.Livestock,
        "water" => ReportQuestions.Water,
        "loss" => ReportQuestions.IncomeLost,
        "medical" => ReportQuestions.Medical,
        "labour" => ReportQuestions.Labour,
        _ => throw new ArgumentException($"Unknown context {context}"),
    };
}
