using Alerts.Bot.Dialogs;
using Alerts.Bot.Enrolment;
using Alerts.Bot.Reports;
using Alerts.Channels.Messages;
using Alerts.Identity.Help;
using Alerts.Store.People;
using Alerts.Store.Regions;

namespace Alerts.Bot.Help;

/// <summary>
/// 救命 / 需要帮助 / 有人受伤 / 被埋, from anyone at any point: life-safety advice first, then a person is told (the
/// village's grid workers, else the county's duty roster) with the caller's own words and number, and an open help
/// request is recorded and joins its town's incident. Storing this for someone who has not consented is processing needed
/// to protect life.
/// </summary>
internal sealed class HelpResponder(HelpDesk desk, IncidentHooks incidents)
{
    public const string SafetyAdvice =
        "有危险请马上打电话：110报警，119消防救援，120急救。赶快离开山坡、河沟边和低洼的地方，到高处安全的地方去。";
    public const string AskContact = "请把您的手机号和所在位置（哪个村、哪个组）发给我们，方便救援的人找到您。";
    public const string PassedOn = "已把您的话转给工作人员。有危险请马上打110、119或120。";

    /// <summary>Raises help for whoever is talking (or adds to their open request) and tells them who was told.</summary>
    public async Task RaiseAsync(DialogContext dc, CancellationToken ct)
    {
        var turn = dc.Turn;
        var raised = await desk.RaiseAsync(turn.Connection, turn.Transaction, CallerOf(dc), Words(turn), turn.Now, ct);
        if (!raised.AddedToOpen)
            await incidents.HelpRaisedAsync(turn.Work, raised.Request.Id, raised.Request.VillageCode ?? raised.Request.RegionCode,
                raised.Request.Words, turn.Now, ct);
        turn.Say(SafetyAdvice + Told(raised.Told) + (raised.Request.Phone is null ? AskContact : ""));
    }

    /// <summary>
    /// While the caller's help request is open and recent, what they add that nothing else understood ("我在三组，
    /// 13812345678") goes to the same people instead of a menu or a privacy notice. True when it did.
    /// </summary>
    public async Task<bool> TryAddToOpenAsync(DialogContext dc, CancellationToken ct)
    {
        var turn = dc.Turn;
        var words = Words(turn);
        if (words.Length == 0) return false;
        var caller = CallerOf(dc);
        if (await desk.OpenForAsync(turn.Connection, turn.Transaction, caller.Channel, caller.Address, turn.Now, ct) is null) return false;
        await desk.RaiseAsync(turn.Connection, turn.Transaction, caller, words, turn.Now, ct);
        turn.Say(PassedOn);
        return true;
    }

    private static string Told(IReadOnlyList<string> told) => told.Count switch
    {
        0 => "我们已记下您的求助，正在找人联系您。",
        _ => $"已通知{told[0]}，会尽快联系您。",
    };

    private static string Words(TurnContext turn) =>
        turn.Message.Location is { } p && turn.Text.Length == 0 ? $"[位置 {p.Latitude:F5},{p.Longitude:F5}]" : turn.Message.Text ?? turn.Text;

    /// <summary>As much as is known: the enrolled person, or what enrolment has gathered so far, or only the address.</summary>
    private static HelpCaller CallerOf(DialogContext dc)
    {
        var turn = dc.Turn;
        var channel = turn.Message.Channel.Key();
        var smsPhone = turn.Message.Channel == ChannelKind.Sms ? turn.Message.Address : null;
        if (turn.Person is { } p)
            return new HelpCaller(channel, turn.Message.Address, p.Id, p.Name, p.Phone ?? smsPhone, VillageOf(p.RegionCode));
        var enrolment = EnrolmentDialog.Progress(dc);
        return new HelpCaller(channel, turn.Message.Address, null, enrolment?.Name, smsPhone,
            enrolment?.VillageCode ?? enrolment?.QrVillageCode);
    }

    private static string? VillageOf(string code) => DivisionCode.IsWellFormed(code) && DivisionCode.Level(code) == 5 ? code : null;
}
