using System.Collections.Concurrent;
using Alerts.Bot.Conversations;
using Alerts.Channels.Messages;
using Alerts.Store.Database;

namespace Alerts.Host.Tests.Support;

/// <summary>
/// Stands in front of the real inbound handler (wired by <see cref="WeChatHarness"/>): records every message it is
/// given, can be slowed down or held until released, and can answer with a scripted reply instead of the real one.
/// </summary>
public sealed class WeChatRecordingHandler(TimeSpan delay = default, Func<InboundMessage, OutboundReply>? reply = null)
    : ITurnHandler
{
    private readonly ConcurrentQueue<InboundMessage> _messages = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _held;

    /// <summary>The handler the Host registered, used when no reply is scripted.</summary>
    internal ITurnHandler? Inner { get; set; }

    public IReadOnlyList<InboundMessage> Messages => [.. _messages];

    public int Calls => _messages.Count;

    /// <summary>Makes every turn wait for <see cref="Release"/>: slower than any budget, without timing.</summary>
    public WeChatRecordingHandler Hold()
    {
        _held = true;
        return this;
    }

    public void Release() => _gate.TrySetResult();

    public async Task<OutboundReply?> HandleAsync(InboundMessage message, UnitOfWork work, CancellationToken ct)
    {
        _messages.Enqueue(message);
        if (_held) await _gate.Task.WaitAsync(ct);
        if (delay > TimeSpan.Zero) await Task.Delay(delay, ct);
        if (reply is not null) return reply(message);
        var inner = Inner ?? throw new InvalidOperationException("No inner handler was wired.");
        return await inner.HandleAsync(message, work, ct);
    }
}
