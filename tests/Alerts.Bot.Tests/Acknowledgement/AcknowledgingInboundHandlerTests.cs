using Alerts.Bot.Acknowledgement;
using Alerts.Channels.Messages;

namespace Alerts.Bot.Tests.Acknowledgement;

public sealed class AcknowledgingInboundHandlerTests
{
    [Theory]
    [InlineData(InboundKind.Text, null, true)]
    [InlineData(InboundKind.Voice, null, true)]
    [InlineData(InboundKind.Location, null, true)]
    [InlineData(InboundKind.Image, null, true)]
    [InlineData(InboundKind.Event, "subscribe", true)]
    [InlineData(InboundKind.Event, "unsubscribe", false)]
    [InlineData(InboundKind.Event, "templatesendjobfinish", false)]
    [InlineData(InboundKind.Other, null, false)]
    public async Task PeopleTalkingGetAnAnswerAndReceiptsDoNot(InboundKind kind, string? eventName, bool answered)
    {
        var message = new InboundMessage(ChannelKind.Sms, "+8613812345678", "SM1", kind, "我家房子被冲垮了",
            DateTimeOffset.UtcNow, EventName: eventName);

        var reply = await new AcknowledgingInboundHandler().HandleAsync(message, CancellationToken.None);

        Assert.Equal(answered, !reply.IsEmpty);
        Assert.All(reply.Texts, t => Assert.True(t.Length <= 70 * 2, $"'{t}' does not fit two SMS segments"));
    }
}
