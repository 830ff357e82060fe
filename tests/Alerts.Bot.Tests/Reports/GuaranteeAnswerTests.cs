using Alerts.Bot.Language;
using Alerts.Bot.Reports;

namespace Alerts.Bot.Tests.Reports;

/// <summary>
/// The 两不愁三保障 questions read in people's own words: "有", "没得", "不晓得" (unknown, never a default), numbers,
/// and food and clothes told apart when both are named.
/// </summary>
public sealed class GuaranteeAnswerTests
{
    [Theory]
    // answer → food ok, clothing ok (null: not said)
    [InlineData("有", true, true)]
    [InlineData("都有", true, true)]
    [InlineData("1", true, true)]
    [InlineData("没得", false, false)]
    [InlineData("莫得了", false, false)]
    [InlineData("4", false, false)]
    [InlineData("2", false, true)]
    [InlineData("3", true, false)]
    [InlineData("吃的有，穿的没得", true, false)]
    [InlineData("没得吃的了", false, null)]
    [InlineData("被子冲走了", null, false)]
    [InlineData("吃的没问题", true, null)]
    [InlineData("米不够吃", false, null)]
    [InlineData("吃的穿的都没得", false, false)]
    public void FoodAndClothesAreReadApartAndWhatIsNotSaidStaysUnknown(string answer, bool? food, bool? clothing)
    {
        var facts = ReportAnswerReader.Read(ReportQuestions.Living, answer);

        Assert.NotNull(facts);
        Assert.Equal((food, clothing), (facts.FoodOk, facts.ClothingOk));
        Assert.Equal(ReportField.None, facts.Unknown);
    }

    [Theory]
    // question key, answer → the field answered 不知道
    [InlineData("living", "不晓得", "Food, Clothing")]
    [InlineData("schooling", "不知道", "Schooling")]
    [InlineData("medical_care", "说不清楚", "MedicalCare")]
    public void DontKnowIsUnknownNeverFine(string key, string answer, string unknown)
    {
        var facts = ReportAnswerReader.Read(Question(key), answer)!;

        Assert.Equal(unknown, facts.Unknown.ToString());
        Assert.Equal((null, null, null, null), (facts.FoodOk, facts.ClothingOk, facts.SchoolingOk, facts.MedicalCareOk));
    }

    [Theory]
    // answer → schooling ok, no school child; "none" = not understood (asked again)
    [InlineData("能", "ok")]
    [InlineData("在上", "ok")]
    [InlineData("1", "ok")]
    [InlineData("上不了了", "fails")]
    [InlineData("不能", "fails")]
    [InlineData("2", "fails")]
    [InlineData("3", "no child")]
    [InlineData("没得娃儿", "no child")]
    [InlineData("家里没有上学的", "no child")]
    [InlineData("没得", "none")] // no child, or cannot go? Asked again rather than guessed.
    public void SchoolingIsReadWithoutGuessingWhatABareNoMeans(string answer, string expected)
    {
        var facts = ReportAnswerReader.Read(ReportQuestions.Schooling, answer);

        var read = facts switch
        {
            null => "none",
            { NoSchoolChild: true } => "no child",
            { SchoolingOk: true } => "ok",
            { SchoolingOk: false } => "fails",
            _ => "other",
        };
        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData("看得上", true)]
    [InlineData("能看", true)]
    [InlineData("有", true)]
    [InlineData("1", true)]
    [InlineData("看不起", false)]
    [InlineData("没钱看", false)]
    [InlineData("没得", false)]
    [InlineData("2", false)]
    public void SeeingADoctorIsAYesOrANo(string answer, bool ok)
    {
        Assert.Equal(ok, ReportAnswerReader.Read(ReportQuestions.MedicalCare, answer)?.MedicalCareOk);
    }

    private static Alerts.Bot.Dialogs.Prompts.PromptOptions Question(string key) => key switch
    {
        "living" => ReportQuestions.Living,
        "schooling" => ReportQuestions.Schooling,
        _ => ReportQuestions.MedicalCare,
    };
}
