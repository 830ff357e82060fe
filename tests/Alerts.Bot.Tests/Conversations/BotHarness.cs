using System.Data.Common;
using Alerts.Store.People;
using Alerts.Bot.Conversations;
using Alerts.Store.Database;
using Microsoft.Extensions.Time.Testing;
using Alerts.Bot.Queries;
using Alerts.Channels.Messages;
using Alerts.Identity;
using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Alerts.Store;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Bot.Tests.Conversations;

/// <summary>
/// The Bot on its own, as the Host wires it (AddStore, AddIdentity, AddBot) but with no Host, no HTTP and no
/// channel: a message goes straight to the bot's <see cref="ITurnHandler"/>, on a real migrated SQLite file with
/// the demo county, and time is a <see cref="FakeTimeProvider"/>. Warnings come from <see cref="Warnings"/>.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    /// <summary>10:00 in Beijing on a summer day: the demo county's rainy season.</summary>
    public static readonly DateTimeOffset Start = new(2026, 7, 10, 2, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _db;
    private readonly ServiceProvider _services;
    private long _messageId;

    private BotHarness(TempDatabase db, ServiceProvider services, FakeTimeProvider clock, TestWarnings warnings)
    {
        _db = db;
        _services = services;
        Clock = clock;
        Warnings = warnings;
        Handler = services.GetRequiredService<ITurnHandler>();
        _store = services.GetRequiredService<StoreDb>();
    }

    public FakeTimeProvider Clock { get; }

    public TestWarnings Warnings { get; }

    public ITurnHandler Handler { get; }

    private readonly StoreDb _store;

    public IServiceProvider Services => _services;

    /// <summary>A fresh database with the demo county; <paramref name="settings"/> override configuration (Bot:IdleTimeout …).</summary>
    public static async Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var db = await TempDatabase.WithDemoCountyAsync(households: 300);
        var all = new Dictionary<string, string?> { ["ConnectionStrings:Alerts"] = $"Data Source={db.FilePath}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var clock = new FakeTimeProvider(Start);
        var warnings = new TestWarnings();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IActiveWarnings>(warnings)
            .AddSingleton<IWarningDesk>(warnings)
            .AddSingleton<IDutyRosters, Support.RosterForTests>();
        services.AddStore(configuration).AddIdentity(configuration).AddBot(configuration);
        return new BotHarness(db, services.BuildServiceProvider(validateScopes: true), clock, warnings);
    }

    /// <summary>Someone texting from <paramref name="phone"/> (E.164).</summary>
    public Chat OnSms(string phone) => new(this, ChannelKind.Sms, phone);

    public Chat OnWeChat(string openid) => new(this, ChannelKind.WeChat, openid);

    /// <summary>A demo person on the given channel, from their openid or their phone.</summary>
    public Chat As(Resident person, ChannelKind channel) => channel == ChannelKind.WeChat
        ? OnWeChat(person.Openid ?? throw new ArgumentException($"{person.Name} has no WeChat."))
        : OnSms(person.Phone ?? throw new ArgumentException($"{person.Name} has no phone."));

    /// <summary>The first ordinary villager of the demo county, her village's grid worker, and her chat on <paramref name="channel"/>.</summary>
    public (Resident Villager, Resident Worker, Chat Me) Villager(ChannelKind channel)
    {
        using var c = OpenDatabase();
        var villager = Resident.Villager(c);
        return (villager, Resident.GridWorkerOf(c, villager.RegionCode), As(villager, channel));
    }

    /// <summary>A grid worker or official, bound with a fresh code as the CLI issues it: staff powers apply.</summary>
    public async Task<Chat> BoundAsync(Resident staff, ChannelKind channel)
    {
        var (admin, _) = await _services.GetRequiredService<AccountStore>()
            .AddAsync("测试管理员", AccountRoles.Admin, staff.RegionCode[..6] + "000000", null, CancellationToken.None);
        var (_, code, error) = await _services.GetRequiredService<StaffBinding>()
            .IssueAsync(admin, staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        var chat = As(staff, channel);
        await chat.Send("绑定 " + (code ?? throw new InvalidOperationException(error))).ExpectFirstReply("绑定成功");
        return chat;
    }

    public DbConnection OpenDatabase() => _db.Open();

    /// <summary>The notices the bot wrote for others (grid workers, reporters), oldest first; the duty rosters' incident
    /// notices (<see cref="IncidentNotices"/>) apart, as every first report of a town opens an incident.</summary>
    public IReadOnlyList<Notice> Notices()
    {
        using var c = OpenDatabase();
        return c.Query<Notice>("""
            SELECT person_id AS PersonId, text AS Text, reason AS Reason FROM notifications WHERE reason NOT LIKE 'incident%' ORDER BY id
            """).AsList();
    }

    /// <summary>What the incidents told the duty rosters (opening, update, the report up), oldest first.</summary>
    public IReadOnlyList<Notice> IncidentNotices()
    {
        using var c = OpenDatabase();
        return c.Query<Notice>("""
            SELECT person_id AS PersonId, text AS Text, reason AS Reason FROM notifications WHERE reason LIKE 'incident%' ORDER BY id
            """).AsList();
    }

    /// <summary>The stored dialog stack of a chat and the report set aside, if any ("[]" and null when idle).</summary>
    public (string Stack, string? Suspended) ConversationOf(Chat chat)
    {
        using var c = OpenDatabase();
        return c.QuerySingle<(string, string?)>("SELECT stack, suspended FROM conversations WHERE channel = @Channel AND address = @Address",
            new { Channel = chat.Channel.Key(), chat.Address });
    }

    /// <summary>The person the conversation of a chat belongs to, once known.</summary>
    public long? PersonOf(Chat chat)
    {
        using var c = OpenDatabase();
        return c.QuerySingle<long?>("SELECT person_id FROM conversations WHERE channel = @Channel AND address = @Address",
            new { Channel = chat.Channel.Key(), chat.Address });
    }

    public bool IsIdle(Chat chat) => ConversationOf(chat) is ("[]", null);

    /// <summary>One turn in a unit of work of its own, committed, as the Host's pipeline runs it (without the
    /// message-id record, which is the Host's); a turn that lost to a concurrent one runs again.</summary>
    internal async Task<OutboundReply> TurnAsync(Func<string, InboundMessage> message)
    {
        var id = Interlocked.Increment(ref _messageId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inbound = message("m" + id);
        for (var attempt = 1; ; attempt++)
        {
            await using var work = await _store.BeginAsync(CancellationToken.None);
            if (await Handler.HandleAsync(inbound, work, CancellationToken.None) is { } reply)
            {
                await work.CommitAsync(CancellationToken.None);
                return reply;
            }

            if (attempt == 3) throw new InvalidOperationException("The conversation kept changing under this turn.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _db.Dispose();
    }
}

/// <summary>A message the bot wrote for someone other than the sender.</summary>
public sealed record Notice(long PersonId, string Text, string Reason);
