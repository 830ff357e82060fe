using Alerts.Bot.Dialogs;
using Alerts.Channels.Messages;
using Alerts.Identity.Linking;
using Alerts.Monitoring.Households;
using Alerts.Store.Audit;
using Alerts.Store.Households;
using Alerts.Store.People;

namespace Alerts.Bot.Enrolment;

/// <summary>The records enrolment writes, all in the turn's transaction.</summary>
internal sealed class EnrolmentWriter(PersonStore people, HouseholdStore households, HouseholdRecordStore records, AuditStore audit,
    PhoneLinking linking)
{
    public async Task ConsentAsync(TurnContext turn, Person person, CancellationToken ct)
    {
        await people.ConsentAsync(turn.Connection, turn.Transaction, person.Id, turn.Now, ct);
        await audit.AppendAsync(turn.Connection, turn.Transaction, $"person:{person.Id}", "consented", $"person:{person.Id}", null, ct);
        turn.Person = person with { ConsentedUtc = turn.Now };
        turn.Say($"谢谢{person.Name}，已登记。遇到灾情直接发消息告诉我们，回复“菜单”看能做什么。");
    }

    /// <summary>
    /// Asks for a link code to the phone typed. True when the person should now be asked for the code (said the same
    /// way whether or not the number is registered); false when this address asked too often (they are told).
    /// </summary>
    public async Task<bool> RequestCodeAsync(TurnContext turn, string phone, CancellationToken ct)
    {
        var outcome = await linking.RequestAsync(turn.Connection, turn.Transaction, turn.Message.Channel, turn.Message.Address, phone, turn.Now, ct);
        if (outcome == LinkRequestOutcome.Asked) return true;
        turn.Say(EnrolmentTexts.TooOften);
        return false;
    }

    /// <summary>
    /// Checks the code; when it is right the chat address joins the registered person (one person, two channels), who
    /// has consented by answering, and only now is their name said.
    /// </summary>
    public async Task<LinkCheck> CheckCodeAsync(TurnContext turn, string code, CancellationToken ct)
    {
        var check = await linking.CheckAsync(turn.Connection, turn.Transaction, turn.Message.Channel, turn.Message.Address, code, turn.Now, ct);
        if (check is { Outcome: LinkCheckOutcome.Linked, Person: { } person })
        {
            turn.Person = person;
            turn.Say($"验证成功，您是{person.Name}。已登记，遇到灾情直接发消息告诉我们，回复“菜单”看能做什么。");
        }
        return check;
    }

    /// <summary>
    /// Someone the village has not registered as a person: when the chosen village's register lists exactly one
    /// household whose head or a member bears the name given, they join it (never a household of another village);
    /// otherwise a new household with them as its head, as before. Either way the village's grid workers are asked to
    /// check when the name decided or could not decide, since a name is all a self-registered villager gives.
    /// </summary>
    public async Task RegisterAsync(TurnContext turn, EnrolmentState state, PriorityFlags flags, CancellationToken ct)
    {
        var (c, tx) = (turn.Connection, turn.Transaction);
        var village = state.VillageCode ?? throw new InvalidOperationException("Enrolment finished without a village.");
        var name = state.Name ?? "村民";
        IReadOnlyList<long> matches = state.Name is null ? [] : await records.FindRegisteredByNameAsync(c, tx, village, name, ct);
        var householdId = matches.Count == 1
            ? matches[0]
            : await households.InsertAsync(c, tx, village, Workers.HouseholdAddress.SelfRegistered, name, turn.Now, ct);
        var wechat = turn.Message.Channel == ChannelKind.WeChat;
        var person = new Person
        {
            HouseholdId = householdId, Name = name, Role = Roles.Villager, RegionCode = village,
            Phone = wechat ? state.Phone : turn.Message.Address, WechatOpenid = wechat ? turn.Message.Address : null,
            IsElderly = flags.IsElderly, IsDisabled = flags.IsDisabled, LivesAlone = flags.LivesAlone,
            ConsentedUtc = turn.Now, CreatedUtc = turn.Now,
        };
        var id = await people.InsertVillagerAsync(c, tx, person, ct);
        var matched = matches.Count switch { 0 => null, 1 => $"register_household:{householdId}", _ => "register_ambiguous" };
        await audit.AppendAsync(c, tx, $"person:{id}", "enrolled", $"person:{id}", matched, ct);
        if (matches.Count > 0) await AskGridWorkersToCheckAsync(turn, village, name, id, matches.Count, ct);
        turn.Person = person with { Id = id };
        turn.Say($"登记好了，{name}。遇到灾情直接发消息告诉我们，回复“菜单”看能做什么。");
    }

    private async Task AskGridWorkersToCheckAsync(TurnContext turn, string village, string name, long personId, int matches,
        CancellationToken ct)
    {
        var text = matches == 1
            ? $"【请核实】村民{name}（编号{personId}）自行登记，已按姓名归入村登记册上的一户，请上门或电话核实。"
            : $"【请核实】村民{name}（编号{personId}）自行登记，村登记册上有多户同名，暂作新户，请核实后归户。";
        foreach (var worker in await people.GridWorkersOfAsync(turn.Connection, turn.Transaction, village, ct))
            turn.Notify(worker.Id, text, matches == 1 ? "enrolment_matched" : "enrolment_ambiguous");
    }
}
