using Alerts.Channels.Messages;
using Alerts.Host.Simulator;
using Alerts.Identity.Accounts;
using Alerts.Store.Inbound;
using Alerts.Store.People;
using Alerts.Store.Regions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alerts.Host.Pages.Simulator;

/// <summary>
/// The simulator: choose a town, a village and one of its people by plain links and GET forms (no script needed),
/// then chat as that person on WeChat or SMS. The conversation so far comes from the inbound record.
/// </summary>
internal sealed class IndexModel(RegionStore regions, PersonStore people, InboundMessageStore inbound)
    : PageModel
{
    // Enough for a real village while keeping the page light; the default demo county has about 125 people a village.
    private const int VillagerLimit = 300;
    private const int HistoryLimit = 50;

    public IReadOnlyList<Region> Towns { get; private set; } = [];
    public IReadOnlyList<Region> Villages { get; private set; } = [];
    /// <summary>The village's grid workers first, then its villagers by name.</summary>
    public IReadOnlyList<Person> People { get; private set; } = [];
    public string? Town { get; private set; }
    public string? Village { get; private set; }
    public Person? Selected { get; private set; }
    public ChannelKind? Channel { get; private set; }
    public IReadOnlyList<InboundExchange> Conversation { get; private set; } = [];

    public async Task OnGetAsync(string? town, string? village, long? person, string? channel, CancellationToken ct)
    {
        var jurisdiction = User.ToAccount().RegionCode;
        await ChoosePlaceAsync(town, village, person, ct);
        // Only the places and people under the signed-in account's jurisdiction are listed or chosen.
        if (Selected is not null && !DivisionCode.Contains(jurisdiction, Selected.RegionCode)) Selected = null;
        if (Village is not null && !DivisionCode.Contains(jurisdiction, Village)) Village = null;
        if (Town is not null && !DivisionCode.Overlaps(jurisdiction, Town)) Town = null;
        Towns = [.. (await regions.AtLevelAsync(4, ct)).Where(t => DivisionCode.Overlaps(jurisdiction, t.Code))];
        if (Town is not null) Villages = [.. (await regions.ChildrenAsync(Town, ct)).Where(v => DivisionCode.Contains(jurisdiction, v.Code))];
        if (Village is not null)
            People = [.. await people.GridWorkersOfAsync(Village, ct), .. await people.VillagersOfAsync(Village, VillagerLimit, ct)];
        if (Selected is not null) await ChooseChannelAsync(channel, ct);
    }

    public static bool IsGridWorker(Person p) => p.Role == Roles.GridWorker;

    /// <summary>老人, 残疾, 独居: what a villager's household record says about them.</summary>
    public static IEnumerable<string> Flags(Person p)
    {
        if (p.IsElderly) yield return "老人";
        if (p.IsDisabled) yield return "残疾";
        if (p.LivesAlone) yield return "独居";
    }

    public string Link(string? village, long? person = null, ChannelKind? channel = null)
    {
        var query = new List<string>();
        if (village is not null) query.Add("village=" + village);
        else if (Town is not null) query.Add("town=" + Town);
        if (person is not null) query.Add("person=" + person);
        if (channel is not null) query.Add("channel=" + channel.Value.Key());
        return "/simulator" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    // A person fixes the village and the town; a village fixes the town. Codes that are not well formed are ignored.
    private async Task ChoosePlaceAsync(string? town, string? village, long? person, CancellationToken ct)
    {
        if (person is not null) Selected = await people.GetAsync(person.Value, ct);
        if (Selected is not null && DivisionCode.Level(Selected.RegionCode) == 5) village = Selected.RegionCode;
        if (DivisionCode.IsWellFormed(village) && DivisionCode.Level(village!) == 5)
        {
            Village = village;
            town = DivisionCode.Parent(village!);
        }
        if (DivisionCode.IsWellFormed(town) && DivisionCode.Level(town!) == 4) Town = town;
    }

    private async Task ChooseChannelAsync(string? requested, CancellationToken ct)
    {
        var wanted = SimulatorChannels.Parse(requested);
        Channel = wanted is not null && SimulatorChannels.AddressOf(Selected!, wanted.Value) is not null
            ? wanted
            : SimulatorChannels.DefaultFor(Selected!);
        if (Channel is null) return;
        var address = SimulatorChannels.AddressOf(Selected!, Channel.Value)!;
        Conversation = await inbound.ConversationAsync(Channel.Value.Key(), address, HistoryLimit, ct);
    }
}
