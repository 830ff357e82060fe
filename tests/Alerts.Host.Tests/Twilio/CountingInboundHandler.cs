using Alerts.Bot.Conversations;
using Alerts.Channels.Messages;
using Alerts.Store.Database;

namespace Alerts.Host.Tests.Twilio;

/// <summary>Stands in for the bot: counts the turns it runs, optionally slowly, and numbers its replies.</summary>
internal sealed class CountingInboundHandler(TimeSpan delay = default) : ITurnHandler
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Completes when the first turn begins.</summary>
    public Task Started => _started.Task;

    public async Task<OutboundReply?> HandleAsync(InboundMessage message, UnitOfWork work, CancellationToken ct)
    {
        var turn = Interlocked.Increment(ref _count);
        _started.TrySetResult();
        await Task.Delay(delay, ct);
        return OutboundReply.Of($"第{turn}次处理：{message.Text}");
    }
}
