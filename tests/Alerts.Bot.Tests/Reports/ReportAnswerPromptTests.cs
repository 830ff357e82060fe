using Alerts.Bot.Dialogs;
using Alerts.Bot.Language;
using Alerts.Bot.Reports;
using Alerts.Bot.Tests.Support;

namespace Alerts.Bot.Tests.Reports;

/// <summary>Issue 11, item 1: an answer not understood is asked again in other words with the closest options, and
/// a third miss offers 人工 while the question (and so the draft) stays.</summary>
public sealed class ReportAnswerPromptTests
{
    [Fact]
    public async Task AnUnclearAnswerIsAskedAgainInOtherWordsWithTheClosestOptions()
    {
        var house = await PromptDriver.BeginAsync(new ReportAnswerPrompt(), ReportQuestions.House);

        var (result, replies) = await house.SendAsync("房子遭了");

        Assert.Equal(DialogStatus.Waiting, result.Status);
        var reply = Assert.Single(replies);
        Assert.StartsWith(ReportQuestions.House.RetryHint!, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportQuestions.House.Text, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterThreeMissesHumanHelpIsOfferedAndTheQuestionStays()
    {
        var water = await PromptDriver.BeginAsync(new ReportAnswerPrompt(), ReportQuestions.Water);
        for (var i = 0; i < 2; i++) await water.SendAsync("嗯嗯啊啊");

        var (result, replies) = await water.SendAsync("嗯嗯啊啊");

        Assert.Equal(DialogStatus.Waiting, result.Status);
        Assert.Contains("人工", Assert.Single(replies), StringComparison.Ordinal);
        var (answered, _) = await water.SendAsync("水还有");
        Assert.Equal(WaterSupply.Normal, answered.As<ReportFacts>()!.Water);
    }

    [Theory]
    [InlineData("不晓得")]
    [InlineData("不知道")]
    [InlineData("说不清楚")]
    public async Task DontKnowIsRecordedAsUnknown(string text)
    {
        var crops = await PromptDriver.BeginAsync(new ReportAnswerPrompt(), ReportQuestions.Crops);

        var (result, _) = await crops.SendAsync(text);

        Assert.Equal(ReportField.Crops, result.As<ReportFacts>()!.Unknown);
    }
}
