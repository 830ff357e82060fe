using System.Collections.Concurrent;
using Alerts.Channels.Messages;
using Alerts.Host.Outbound;

namespace Alerts.Host.Inbound;

/// <summary>
/// Replies that could not go back in the HTTP answer (too slow for WeChat's 5 s, or the overflow of a long text)
/// leave through the provider's send API. Shutdown waits for those in flight.
/// </summary>
internal sealed class DeferredReplies(OutboundMessenger messenger) : IHostedService
{
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

    public async Task SendAsync(InboundMessage to, IReadOnlyList<string> texts, int firstIndex)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            var key = $"reply:{to.Channel.Key()}:{to.ProviderMessageId}:{firstIndex + i}";
            await messenger.SendAsync(new OutboundMessage(to.Channel, to.Address, texts[i], key), "reply", CancellationToken.None);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_inFlight.Keys).WaitAsync(cancellationToken);
}
