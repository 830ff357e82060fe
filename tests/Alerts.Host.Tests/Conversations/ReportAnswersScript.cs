using System.Text.RegularExpressions;
using Alerts.Bot.Reports;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// Answers to the report questions that remain after "涨水把我家房子冲垮了" (the house is already known), in the
/// order the bot asks them. Null means the question is not expected (the first message already answered it, or it
/// does not apply: the count and the medical costs are asked after an injury only; seeing a doctor after an injury or
/// a medical cost; food and clothes when the house or the harvest is gone; school when the house is gone or the
/// register lists a school-age child).
/// </summary>
public sealed record ReportAnswersScript(
    string? When, string? People, string? Crops, string? Livestock, string? Water, string? Income, string? Labour,
    string? Count = null, string? Medical = null, string? House = null, string? MedicalCare = null, string? Living = null,
    string? Schooling = null)
{
    /// <summary>Sends each answer after checking that its question was just asked, then skips the WeChat-only
    /// location/photo step, and stops at the summary.</summary>
    public Conversation AnswerAll(Conversation c)
    {
        Answer(c, ReportQuestions.When.Text, When);
        Answer(c, ReportQuestions.People.Text, People);
        if (Count is not null) Answer(c, "有几个人", Count);
        Answer(c, ReportQuestions.House.Text, House);
        Answer(c, ReportQuestions.Crops.Text, Crops);
        Answer(c, ReportQuestions.Livestock.Text, Livestock);
        Answer(c, ReportQuestions.Water.Text, Water);
        Answer(c, ReportQuestions.IncomeLost.Text, Income);
        if (Medical is not null) Answer(c, ReportQuestions.Medical.Text, Medical);
        Answer(c, ReportQuestions.MedicalCare.Text, MedicalCare);
        Answer(c, ReportQuestions.Living.Text, Living);
        Answer(c, ReportQuestions.Schooling.Text, Schooling);
        Answer(c, ReportQuestions.Labour.Text, Labour);
        if (c.Via == Via.WeChat) c.ExpectReply(ReportQuestions.Extras).Send("跳过");
        return c.ExpectReply("请核对：");
    }

    /// <summary>A villager who has not consented yet files a whole report starting with <paramref name="first"/>;
    /// returns its number.</summary>
    public async Task<string> FileAsync(Conversation c, string first)
    {
        await AnswerAll(c.Send(first).ExpectFirstReply("同意吗").Send("同意")).Send("对").ExpectFirstReply("报告已提交，编号");
        return Regex.Match(c.Replies[0], @"编号(\d{6})").Groups[1].Value;
    }

    private static void Answer(Conversation c, string question, string? answer)
    {
        if (answer is null) c.ExpectNoReply(question);
        else c.ExpectReply(question).Send(answer);
    }
}
