using Alerts.Channels.Messages;

namespace Alerts.Host.Tests.Twilio;

/// <summary>Stands in for the bot: counts the turns it runs, optionally slowly, and numbers its replies.</summary>
internal sealed class CountingInboundHandler(TimeSpan delay = default) : IInboundHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public async Task<OutboundReply> HandleAsync(InboundMessage message, CancellationToken ct)
    {
        var turn = Interlocked.Increment(ref _count);
        await Task.Delay(delay, ct);
        return OutboundReply.Of($"第{turn}次处理：{message.Text}");
    }
}
