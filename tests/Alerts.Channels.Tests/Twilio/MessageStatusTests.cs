using Alerts.Channels.Twilio;

namespace Alerts.Channels.Tests.Twilio;

public sealed class MessageStatusTests
{
    [Theory]
    [InlineData(null, "queued", true)]
    [InlineData(null, "delivered", true)]
    [InlineData("accepted", "queued", true)]
    [InlineData("scheduled", "queued", true)]
    [InlineData("queued", "sending", true)]
    [InlineData("queued", "sent", true)]
    [InlineData("sending", "sent", true)]
    [InlineData("sent", "delivered", true)]
    [InlineData("sent", "undelivered", true)]
    [InlineData("queued", "failed", true)]
    [InlineData("scheduled", "canceled", true)]
    [InlineData("delivered", "read", true)]
    [InlineData("sent", "read", true)]
    [InlineData("SENT", "Delivered", true)]
    // Out of order: never backwards.
    [InlineData("sent", "queued", false)]
    [InlineData("delivered", "sent", false)]
    [InlineData("sending", "accepted", false)]
    [InlineData("read", "delivered", false)]
    // Repeats.
    [InlineData("queued", "queued", false)]
    [InlineData("delivered", "delivered", false)]
    // A second terminal state is not applied.
    [InlineData("delivered", "undelivered", false)]
    [InlineData("failed", "delivered", false)]
    [InlineData("undelivered", "failed", false)]
    [InlineData("canceled", "delivered", false)]
    [InlineData("failed", "read", false)]
    // Unknown incoming statuses are ignored; an unknown stored one is replaced.
    [InlineData("sent", "partially_delivered", false)]
    [InlineData("sent", "received", false)]
    [InlineData("sent", "", false)]
    [InlineData("mystery", "sent", true)]
    public void OnlyForwardMovesApply(string? current, string incoming, bool expected) =>
        Assert.Equal(expected, MessageStatus.ShouldApply(current, incoming));

    [Theory]
    [InlineData("delivered", true)]
    [InlineData("undelivered", true)]
    [InlineData("failed", true)]
    [InlineData("canceled", true)]
    [InlineData("read", true)]
    [InlineData("sent", false)]
    [InlineData("queued", false)]
    [InlineData(null, false)]
    public void TerminalStatusesAreRecognised(string? status, bool expected) =>
        Assert.Equal(expected, MessageStatus.IsTerminal(status));
}
