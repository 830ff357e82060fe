using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Fakes.TencentSms;

/// <summary>
/// A loopback imitation of Tencent Cloud SMS (短信 API 2021-01-11, docs/protocols/tencent-sms.md) on a real Kestrel
/// server at http://127.0.0.1:port/: POST / with TC3-HMAC-SHA256 verified, SendSms against the configured app,
/// signature and templates, PullSmsSendStatusByPhoneNumber, per-number frequency limits, a 免打扰 list and scripted
/// faults. Records every request and counts messages per number. It also posts status reports and replies the way
/// Tencent's callbacks do. Its clock (signature expiry, limit windows, receipt delays) is the given TimeProvider.
/// </summary>
public sealed partial class FakeTencentSmsServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<FakeTencentRequest> requests = [];
    private readonly Queue<FakeTencentFault> faults = new();
    private readonly List<FakeTencentSms> messages = [];
    private readonly Dictionary<string, FakeTencentReport> reports = new(StringComparer.Ordinal);
    private readonly HashSet<string> blacklisted = new(StringComparer.Ordinal);
    private readonly List<FakeTencentLimit> limits = [];
    private long serial;

    private FakeTencentSmsServer(WebApplication app, FakeTencentAccount account, TimeProvider time)
    {
        this.app = app;
        Account = account;
        Time = time;
        Callbacks = new FakeTencentCallbacks(this);
    }

    public FakeTencentAccount Account { get; }

    public TimeProvider Time { get; }

    /// <summary>http://127.0.0.1:{port}/ — use as the client's base address in place of https://sms.tencentcloudapi.com/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// Whether reports carry SessionContext (callback "ext", pull "SessionContext"). Off by default, as at Tencent,
    /// where 短信小助手 must enable it (tencent-sms.md §7a, §8); the SendSms answer always echoes it.
    /// </summary>
    public bool SessionContextInReports { get; set; }

    public IReadOnlyList<FakeTencentRequest> Requests
    {
        get { lock (gate) { return [.. requests]; } }
    }

    public IReadOnlyList<FakeTencentSms> Messages
    {
        get { lock (gate) { return [.. messages]; } }
    }

    public IReadOnlyList<FakeTencentReport> Reports
    {
        get { lock (gate) { return [.. reports.Values.OrderBy(r => r.ReportedUtc)]; } }
    }

    internal FakeTencentCallbacks Callbacks { get; }

    public static async Task<FakeTencentSmsServer> StartAsync(FakeTencentAccount? account = null,
        TimeProvider? time = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeTencentSmsServer(app, account ?? FakeTencentAccount.Default, time ?? TimeProvider.System);
        new FakeTencentSmsApi(server).Map(app);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Applies <paramref name="fault"/> to each of the next <paramref name="count"/> SendSms requests.</summary>
    public void Inject(FakeTencentFault fault, int count = 1)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                faults.Enqueue(fault);
            }
        }
    }

    /// <summary>
    /// Beyond <paramref name="count"/> messages to one number within <paramref name="window"/> (of the fake's clock),
    /// that number's SendStatus is <paramref name="code"/> and nothing is created. Several limits may apply at once,
    /// as Tencent's 30 s, 1 h and daily limits do.
    /// </summary>
    public void LimitPerNumber(int count, TimeSpan window, string code = FakeTencentCodes.ThirtySecondLimit)
    {
        lock (gate)
        {
            limits.Add(new FakeTencentLimit(count, window, code));
        }
    }

    /// <summary>The number is on the 免打扰名单 (unsubscribed or carrier do-not-disturb): FailedOperation.PhoneNumberInBlacklist.</summary>
    public void MarkBlacklisted(string phone)
    {
        lock (gate)
        {
            blacklisted.Add(FakeTencentPhone.Normalise(phone) ?? phone);
        }
    }

    /// <summary>Messages created for this number, in any accepted form (+86…, 86…, 11 digits).</summary>
    public int MessageCount(string phone)
    {
        var e164 = FakeTencentPhone.Normalise(phone) ?? phone;
        lock (gate)
        {
            return messages.Count(m => m.PhoneNumber == e164);
        }
    }

    public IReadOnlyList<FakeTencentSms> FindBySessionContext(string sessionContext)
    {
        lock (gate)
        {
            return [.. messages.Where(m => m.SessionContext == sessionContext)];
        }
    }

    public FakeTencentSms? FindBySerialNo(string serialNo)
    {
        lock (gate)
        {
            return messages.FirstOrDefault(m => m.SerialNo == serialNo);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Callbacks.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    internal void Record(FakeTencentRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
        }
    }

    internal FakeTencentFault? NextFault()
    {
        lock (gate)
        {
            return faults.TryDequeue(out var fault) ? fault : null;
        }
    }

    /// <summary>Checks the 免打扰 list and limits, then creates the message; returns its code and, when Ok, the message.</summary>
    internal (string Code, FakeTencentSms? Message) Accept(string e164, FakeTencentTemplate template,
        IReadOnlyList<string> parameters, string text, string sessionContext)
    {
        FakeTencentSms message;
        lock (gate)
        {
            if (blacklisted.Contains(e164))
            {
                return (FakeTencentCodes.PhoneNumberInBlacklist, null);
            }

            var now = Time.GetUtcNow();
            var breached = limits.FirstOrDefault(l =>
                messages.Count(m => m.PhoneNumber == e164 && m.CreatedUtc > now - l.Window) >= l.Count);
            if (breached is not null)
            {
                return (breached.Code, null);
            }

            serial++;
            message = new FakeTencentSms($"5000:{now.ToUnixTimeSeconds()}{serial:D10}", e164, template.Id,
                [.. parameters], text, sessionContext, now);
            messages.Add(message);
        }

        ScheduleReceipt(message);
        return (FakeTencentCodes.Ok, message);
    }

    /// <summary>Reports for a number that exist by now, received within the window (PullSmsSendStatusByPhoneNumber).</summary>
    internal IReadOnlyList<FakeTencentReport> ReportsFor(string e164, DateTimeOffset from, DateTimeOffset to)
    {
        var now = Time.GetUtcNow();
        lock (gate)
        {
            return [.. reports.Values.Where(r => r.Message.PhoneNumber == e164 && r.ReportedUtc <= now
                && r.ReceivedUtc >= from && r.ReceivedUtc <= to).OrderBy(r => r.ReceivedUtc)];
        }
    }

    internal void AddReport(FakeTencentReport report)
    {
        lock (gate)
        {
            reports[report.Message.SerialNo] = report;
        }
    }
}
