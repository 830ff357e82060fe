using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Fakes.Twilio;

/// <summary>
/// A loopback imitation of the Twilio Messages API on a real Kestrel server (http://127.0.0.1:random port):
/// POST and GET /2010-04-01/Accounts/{sid}/Messages.json with Basic auth, opted-out numbers (21610), non-E.164
/// numbers (21211), and scripted faults. Records every request and counts messages per recipient. It also posts
/// correctly signed status callbacks and inbound messages (<see cref="Webhooks"/>).
/// </summary>
public sealed class FakeTwilioServer : IAsyncDisposable
{
    public const string DefaultAccountSid = "ACfa4e0000000000000000000000000001";
    public const string DefaultAuthToken = "fake-twilio-auth-token";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeTwilioRequest> requests = new();
    private readonly ConcurrentQueue<FakeTwilioFault> faults = new();
    private readonly ConcurrentDictionary<string, byte> optedOut = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> perRecipient = new(StringComparer.Ordinal);
    private readonly List<FakeTwilioMessage> messages = [];
    private readonly Lock messagesLock = new();

    private FakeTwilioServer(WebApplication app, string accountSid, string authToken, TimeProvider time)
    {
        this.app = app;
        AccountSid = accountSid;
        AuthToken = authToken;
        Time = time;
        Webhooks = new FakeTwilioWebhooks(this);
    }

    public string AccountSid { get; }

    public string AuthToken { get; }

    public TimeProvider Time { get; }

    /// <summary>http://127.0.0.1:{port}/ — use as the client's BaseAddress (Twilio:ApiBaseUrl).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public FakeTwilioWebhooks Webhooks { get; }

    public IReadOnlyList<FakeTwilioRequest> Requests => [.. requests];

    public IReadOnlyList<FakeTwilioMessage> Messages
    {
        get
        {
            lock (messagesLock)
            {
                return [.. messages];
            }
        }
    }

    public static async Task<FakeTwilioServer> StartAsync(string accountSid = DefaultAccountSid,
        string authToken = DefaultAuthToken, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeTwilioServer(app, accountSid, authToken, time ?? TimeProvider.System);
        new FakeTwilioMessagesApi(server).Map(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Twilio answers 21610 for this number until it texts START.</summary>
    public void MarkOptedOut(string phone) => optedOut[phone] = 0;

    public void MarkOptedIn(string phone) => optedOut.TryRemove(phone, out _);

    /// <summary>Applies <paramref name="fault"/> to each of the next <paramref name="count"/> requests.</summary>
    public void Inject(FakeTwilioFault fault, int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            faults.Enqueue(fault);
        }
    }

    /// <summary>Messages created for this recipient (including those answered with a fault after accepting).</summary>
    public int MessageCount(string to) => perRecipient.GetValueOrDefault(to);

    public FakeTwilioMessage? FindMessage(string sid)
    {
        lock (messagesLock)
        {
            return messages.FirstOrDefault(m => m.Sid == sid);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Webhooks.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    internal bool IsOptedOut(string phone) => optedOut.ContainsKey(phone);

    internal void Record(FakeTwilioRequest request) => requests.Enqueue(request);

    internal FakeTwilioFault? NextFault() => faults.TryDequeue(out var fault) ? fault : null;

    internal void Add(FakeTwilioMessage message)
    {
        lock (messagesLock)
        {
            messages.Add(message);
        }

        perRecipient.AddOrUpdate(message.To, 1, (_, n) => n + 1);
        if (deliveredAfter is { } delay && message.StatusCallback is { } url) _ = PostDeliveredAsync(url, message.Sid, delay);
    }

    private TimeSpan? deliveredAfter;

    /// <summary>
    /// From now on, as a carrier would: each accepted message's status callback (when it named one) is posted as
    /// "delivered" after <paramref name="delay"/>, signed like every Twilio webhook.
    /// </summary>
    public void PostDeliveredReceipts(TimeSpan? delay = null) => deliveredAfter = delay ?? TimeSpan.FromMilliseconds(200);

    private async Task PostDeliveredAsync(string url, string sid, TimeSpan delay)
    {
        await Task.Delay(delay);
        try
        {
            using var response = await Webhooks.PostStatusAsync(url, sid, "delivered");
        }
        catch (HttpRequestException)
        {
            // The Host may be stopping; a lost callback is what a real carrier can do too.
        }
    }
}
