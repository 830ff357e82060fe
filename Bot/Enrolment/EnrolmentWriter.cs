using Alerts.Bot.Dialogs;
using Alerts.Channels.Messages;
using Alerts.Store.Audit;
using Alerts.Store.Households;
using Alerts.Store.People;

namespace Alerts.Bot.Enrolment;

internal enum PhoneLink
{
    Linked,
    NotFound,
    /// <summary>The number belongs to someone already on another WeChat account.</summary>
    Taken,
}

/// <summary>The records enrolment writes, all in the turn's transaction.</summary>
internal sealed class EnrolmentWriter(PersonStore people, HouseholdStore households, AuditStore audit)
{
    public async Task ConsentAsync(TurnContext turn, Person person, CancellationToken ct)
    {
        await people.ConsentAsync(turn.Connection, turn.Transaction, person.Id, turn.Now, ct);
        await audit.AppendAsync(turn.Connection, turn.Transaction, $"person:{person.Id}", "consented", $"person:{person.Id}", null, ct);
        turn.Person = person with { ConsentedUtc = turn.Now };
        turn.Say($"谢谢{person.Name}，已登记。遇到灾情直接发消息告诉我们，回复“菜单”看能做什么。");
    }

    /// <summary>
    /// A WeChat user whose phone the village already registered is that person: the openid joins the existing row,
    /// so the WeChat account and the SMS number are one person.
    /// </summary>
    public async Task<PhoneLink> TryLinkByPhoneAsync(TurnContext turn, string phone, CancellationToken ct)
    {
        var (c, tx) = (turn.Connection, turn.Transaction);
        if (await people.FindByPhoneAsync(c, tx, phone, ct) is not { } known) return PhoneLink.NotFound;
        if (known.WechatOpenid is { } other && other != turn.Message.Address)
        {
            turn.Say("这个号码已经绑定了别的微信，我们先按新用户登记，网格员会帮您核对。");
            return PhoneLink.Taken;
        }
        await people.LinkOpenidAsync(c, tx, known.Id, turn.Message.Address, ct);
        await people.ConsentAsync(c, tx, known.Id, turn.Now, ct);
        await audit.AppendAsync(c, tx, $"person:{known.Id}", "wechat_linked", $"person:{known.Id}", null, ct);
        turn.Person = known with { WechatOpenid = turn.Message.Address, ConsentedUtc = turn.Now };
        turn.Say($"找到了，您是{known.Name}。已登记，遇到灾情直接发消息告诉我们。");
        return PhoneLink.Linked;
    }

    /// <summary>Someone the village has not registered: a new household in the chosen village, with them as its head.</summary>
    public async Task RegisterAsync(TurnContext turn, EnrolmentState state, PriorityFlags flags, CancellationToken ct)
    {
        var (c, tx) = (turn.Connection, turn.Transaction);
        var village = state.VillageCode ?? throw new InvalidOperationException("Enrolment finished without a village.");
        var name = state.Name ?? "村民";
        var householdId = await households.InsertAsync(c, tx, village, "自主登记", name, turn.Now, ct);
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
