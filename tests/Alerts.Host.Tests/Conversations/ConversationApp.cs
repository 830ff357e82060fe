using System.Diagnostics;
using Alerts.Fakes.Twilio;
using Alerts.Fakes.WeChat;
using Alerts.Host.Tests.Support;
using Alerts.Identity.Accounts;
using Alerts.Identity.Binding;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Host.Tests.Conversations;

/// <summary>
/// The real Host for conversation tests, on its own SQLite file with the demo county, reachable through both
/// webhooks: WeChat (signed pushes; credentials pointing at a <see cref="FakeWeChatServer"/>, so overflow replies
/// and notices on WeChat land there) and Twilio (signed webhooks; credentials pointing at a <see cref="FakeTwilioServer"/>,
/// so SMS notices and codes land there: with a live provider nothing is simulated). Time is a <see cref="TestClock"/> the test can move forward.
/// </summary>
public sealed class ConversationApp : IAsyncDisposable
{
    private readonly AlertsApp _app;

    private ConversationApp(FakeWeChatServer fake, FakeTwilioServer twilio, AlertsApp app, WebApplicationFactory<Program> host, TestClock clock)
    {
        WeChat = fake;
        Twilio = twilio;
        _app = app;
        Host = host;
        Clock = clock;
        Pushes = new WeChatPushBuilder(WeChatHarness.Token, WeChatHarness.OurId, fake.AppId, WeChatHarness.AesKey);
        Client = host.CreateClient();
    }

    public FakeWeChatServer WeChat { get; }

    /// <summary>Where SMS the Host sends (notices, codes, overflow) arrive: both channels are live, as in production.</summary>
    public FakeTwilioServer Twilio { get; }

    public WebApplicationFactory<Program> Host { get; }

    public TestClock Clock { get; }

    public WeChatPushBuilder Pushes { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the fake and the Host; <paramref name="settings"/> override configuration (e.g. Bot:IdleTimeout).</summary>
    public static async Task<ConversationApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var fake = await FakeWeChatServer.StartAsync();
        var twilio = await FakeTwilioServer.StartAsync();
        var all = new Dictionary<string, string?>(TwilioTestSettings.Live(twilio))
        {
            // As long as WeChat allows: a turn on a busy test machine must still answer passively.
            ["WeChat:PassiveReplyBudget"] = "00:00:04.500",
        };
        foreach (var (key, value) in WeChatHarness.LiveSettings(fake)) all[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var clock = new TestClock();
        var app = new AlertsApp(all);
        var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return new ConversationApp(fake, twilio, app, host, clock);
    }

    /// <summary>Someone writing from <paramref name="openid"/> on WeChat.</summary>
    public Conversation OnWeChat(string openid) => new WeChatConversation(this, openid);

    /// <summary>Someone texting from <paramref name="phone"/> (E.164).</summary>
    public Conversation OnSms(string phone) => new SmsConversation(this, phone);

    /// <summary>A demo person on the given channel, from their openid or their phone.</summary>
    public Conversation As(Resident person, Via via) => via == Via.WeChat
        ? OnWeChat(person.Openid ?? throw new ArgumentException($"{person.Name} has no WeChat."))
        : OnSms(person.Phone ?? throw new ArgumentException($"{person.Name} has no phone."));

    public SqliteConnection OpenDatabase() => _app.OpenDatabase();

    public string DatabasePath => _app.DatabasePath;

    /// <summary>
    /// A binding code for a grid worker or official, issued as the CLI does: by an admin account of their county.
    /// </summary>
    public async Task<string> BindingCodeAsync(Resident staff)
    {
        var (admin, _) = await Host.Services.GetRequiredService<AccountStore>()
            .AddAsync("测试管理员", AccountRoles.Admin, staff.RegionCode[..6] + "000000", null, CancellationToken.None);
        var (_, code, error) = await Host.Services.GetRequiredService<StaffBinding>()
            .IssueAsync(admin, staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        return code ?? throw new InvalidOperationException(error);
    }

    /// <summary>A grid worker or official on the given channel, bound with a fresh code first: staff powers apply.</summary>
    public async Task<Conversation> BoundAsync(Resident staff, Via via)
    {
        var code = await BindingCodeAsync(staff);
        var conversation = As(staff, via);
        await conversation.Send("绑定 " + code).ExpectFirstReply("绑定成功");
        return conversation;
    }

    /// <summary>Polls until <paramref name="done"/> holds (10 s at most) and returns the last value read.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var value = read();
        while (!done(value) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(25);
            value = read();
        }
        return value;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await WeChat.DisposeAsync();
        await Twilio.DisposeAsync();
    }
}
