using System.Collections.Concurrent;
using Alerts.Channels.Messages;
using Alerts.Channels.Sms;
using Alerts.Host.Outbound;
using Alerts.Store.Database;
using Alerts.Store.Outbound;

namespace Alerts.Host.Inbound;

/// <summary>
/// Replies that could not go back in the HTTP answer (too slow for WeChat's 5 s, or the overflow of a long text)
/// leave through the provider's send API. Shutdown waits for those in flight.
/// </summary>
internal sealed class DeferredReplies(OutboundMessenger messenger, OutboundMessageStore outbound, TimeProvider time)
    : IHostedService
{
    // Long enough for the process that committed a deferred reply to send it; after that ReplyRetryWorker may, so a
    // reply left pending by a crash still goes out, once (the worker leases what it claims).
    private static readonly TimeSpan SendGrace = TimeSpan.FromMinutes(2);
    private static readonly string Purpose = MessagePurpose.Reply.Key();

    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();

    /// <summary>Sends <paramref name="texts"/> in order, numbering them from <paramref name="firstIndex"/> so that the
    /// idempotency keys of one message's reply parts never collide.</summary>
    public void Send(InboundMessage to, IReadOnlyList<string> texts, int firstIndex) =>
        Track(SendAsync(to, texts, firstIndex));

    public void Track(Task task)
    {
        _inFlight.TryAdd(task, 0);
        task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>
    /// Records the reply to <paramref name="to"/> as pending messages inside its turn, so that once the turn commits
    /// no crash can lose it; <see cref="SendAsync"/> with the same texts then finds and sends these rows.
    /// </summary>
    public async Task RecordAsync(UnitOfWork work, InboundMessage to, IReadOnlyList<string> texts, CancellationToken ct)
    {
        var retryAt = time.GetUtcNow() + SendGrace;
        for (var i = 0; i < texts.Count; i++)
        {
            await outbound.RecordPendingAsync(work, to.Channel.Key(), to.Address, texts[i], KeyOf(to, i), Purpose,
                SmsSegments.Billed(to.Channel, texts[i]), retryAt, ct);
        }
    }

    public async Task SendAsync(InboundMessage to, IReadOnlyList<string> texts, int firstIndex)
    {
        for (var i = 0; i < texts.Count; i++)
            await messenger.SendAsync(new OutboundMessage(to.Channel, to.Address, texts[i], KeyOf(to, firstIndex + i)),
                CancellationToken.None);
    }

    private static string KeyOf(InboundMessage to, int index) => $"reply:{to.Channel.Key()}:{to.ProviderMessageId}:{index}";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken);
}
