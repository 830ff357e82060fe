using Alerts.Bot.Dialogs;
using Alerts.Bot.Guidance;
using Alerts.Incidents.Shelters;
using Alerts.Store.People;
using Alerts.Store.Reports;

namespace Alerts.Bot.Reports;

/// <summary>
/// Guidance for a report, for the reporter: composed from the answers, the household and the village's grid worker;
/// said in full on WeChat, in three SMS segments with "回复“指引”看更多" on SMS, and the rest on 指引.
/// </summary>
internal sealed class ReportGuidance(GuidanceEngine guidance, HouseholdStatusReader households, PersonStore people, ReportStore reports,
    ShelterDirections shelters)
{
    public async Task<GuidanceMessage> ComposeAsync(
        TurnContext turn, ReportAnswers answers, long? householdId, string villageCode, CancellationToken ct)
    {
        var status = await households.ReadAsync(turn, householdId, turn.Person, ct);
        var worker = (await people.GridWorkersOfAsync(turn.Connection, turn.Transaction, villageCode, ct)).FirstOrDefault();
        var shelter = await shelters.ForVillageAsync(turn.Connection, turn.Transaction, villageCode, ct);
        return guidance.Compose(answers, status, worker is null ? null : new GridWorkerContact(worker.Name, worker.Phone), shelter);
    }

    /// <summary>The answer to a report just filed: its number, then the guidance as the channel can carry it.</summary>
    public static void SayFiled(TurnContext turn, string number, GuidanceMessage message)
    {
        if (turn.IsSms)
        {
            turn.Say(SmsGuidance.Short(Header(number), message.Lines).Text);
            return;
        }
        turn.Say(Header(number));
        foreach (var text in message.Texts) turn.Say(text);
    }

    /// <summary>指引: the guidance of the person's latest report: on SMS what the short answer left out, on WeChat all.</summary>
    public async Task MoreAsync(TurnContext turn, CancellationToken ct)
    {
        var latest = (await reports.ByReporterAsync(turn.Connection, turn.Transaction, turn.Person!.Id, 1, ct)).FirstOrDefault();
        if (latest is null)
        {
            turn.Say("您还没有报告过灾情。需要报告请回复1。");
            return;
        }
        var message = await ComposeAsync(turn, ReportAnswers.Of(latest), latest.HouseholdId, latest.VillageCode, ct);
        var texts = turn.IsSms ? MessagePacker.Pack(SmsGuidance.Short(Header(latest.Number), message.Lines).Left) : message.Texts;
        if (texts.Count == 0) turn.Say($"报告{latest.Number}的指引都已经发给您了。回复“进度”可查看办理情况。");
        foreach (var text in texts) turn.Say(text);
    }

    private static string Header(string number) => $"报告已提交，编号{number}。";
}
