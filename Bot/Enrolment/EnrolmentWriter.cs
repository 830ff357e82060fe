using Alerts.Bot.Dialogs;
using Alerts.Channels.Messages;
using Alerts.Identity.Linking;
using Alerts.Store.Audit;
using Alerts.Store.Households;
using Alerts.Store.People;

namespace Alerts.Bot.Enrolment;

/// <summary>The records enrolment writes, all in the turn's transaction.</summary>
internal sealed class EnrolmentWriter(PersonStore people, HouseholdStore households, AuditStore audit, PhoneLinking linking)
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

    /// <summary>Someone the village has not registered: a new household in the chosen village, with them as its head.</summary>
    public async Task RegisterAsync(TurnContext turn, EnrolmentState state, PriorityFlags flags, CancellationToken ct)
    {
        var (c, tx) = (turn.Connection, turn.Transaction);
        var village = state.VillageCode ?? throw new InvalidOperationException("Enrolment finished without a village.");
        var name = state.Name ?? "村民";
        var householdId = await households.InsertAsync(c, tx, village, Workers.HouseholdAddress.SelfRegistered, name, turn.Now, ct);
        var wechat = turn.Message.Channel == ChannelKind.WeChat;
        var person = new Person
        {
            HouseholdId = householdId, Name = name, Role = Roles.Villager, RegionCode = village,
            Phone = wechat ? state.Phone : turn.Message.Address, WechatOpenid = wechat ? turn.Message.Address : null,
            IsElderly = flags.IsElderly, IsDisabled = flags.IsDisabled, LivesAlone = flags.LivesAlone,
            ConsentedUtc = turn.Now, CreatedUtc = turn.Now,
        };
        var id = await people.InsertVillagerAsync(c, tx, person, ct);
        await audit.AppendAsync(c, tx, $"person:{id}", "enrolled", $"person:{id}", null, ct);
        turn.Person = person with { Id = id };
        turn.Say($"登记好了，{name}。遇到灾情直接发消息告诉我们，回复“菜单”看能做什么。");
    }
}
