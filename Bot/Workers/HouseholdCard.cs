using Alerts.Bot.Dialogs;
using Alerts.Bot.Guidance;
using Alerts.Store.Households;
using Alerts.Store.People;
using Alerts.Store.Regions;

namespace Alerts.Bot.Workers;

/// <summary>
/// Who a villager is, as grid workers read it in notices and lists: name, household head, address and full phone, so
/// they can find and call the household. Staff are verified (bound) before they see it.
/// </summary>
internal sealed class HouseholdCard(HouseholdStore households, RegionStore regions)
{
    /// <summary>"李秀英（户主李大山，石坪村3组12号，电话13812345678）".</summary>
    public async Task<string> OfAsync(TurnContext turn, Person person, CancellationToken ct)
    {
        var household = person.HouseholdId is { } id ? await households.GetAsync(turn.Connection, turn.Transaction, id, ct) : null;
        var parts = new List<string>();
        if (household is not null && household.HeadName != person.Name) parts.Add($"户主{household.HeadName}");
        parts.Add(await AddressAsync(household, person.RegionCode, ct));
        parts.Add(person.Phone is { } phone ? $"电话{PhoneDisplay.Domestic(phone)}" : "未登记电话，请通过微信联系");
        return $"{person.Name}（{string.Join("，", parts)}）";
    }

    // Someone who enrolled in chat has no street address yet: the village tells the worker where to start.
    private async Task<string> AddressAsync(Household? household, string villageCode, CancellationToken ct)
    {
        if (household is { Address: not HouseholdAddress.SelfRegistered } h) return h.Address;
        var village = await regions.GetAsync(villageCode, ct);
        return $"{village?.Name ?? villageCode}（地址待上门登记）";
    }
}
