using Alerts.Channels.Messages;
using Alerts.Channels.WeChat;

namespace Alerts.Channels.Tests.WeChat;

public sealed class WeChatErrorCodesTests
{
    [Theory]
    [InlineData(0, SendOutcome.Sent)]
    [InlineData(-1, SendOutcome.Retryable)]
    [InlineData(45011, SendOutcome.Retryable)]
    [InlineData(45009, SendOutcome.Retryable)]
    [InlineData(43117, SendOutcome.Retryable)]
    [InlineData(43004, SendOutcome.Unreachable)]
    [InlineData(45015, SendOutcome.Unreachable)]
    [InlineData(40003, SendOutcome.Unreachable)]
    [InlineData(43019, SendOutcome.Unreachable)]
    [InlineData(45047, SendOutcome.Unreachable)]
    [InlineData(40001, SendOutcome.Retryable)]
    [InlineData(42001, SendOutcome.Retryable)]
    [InlineData(40037, SendOutcome.Failed)]
    [InlineData(47003, SendOutcome.Failed)]
    [InlineData(45002, SendOutcome.Failed)]
    [InlineData(12345, SendOutcome.Failed)]
    public void Each_errcode_maps_to_the_outcome_the_outbox_needs(int errcode, SendOutcome expected) =>
        Assert.Equal(expected, WeChatErrorCodes.Classify(errcode));

    [Theory]
    [InlineData(40001, true)]
    [InlineData(40014, true)]
    [InlineData(42001, true)]
    [InlineData(41001, true)]
    [InlineData(40013, false)]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    public void Token_errors_are_recognised(int errcode, bool expected)
    {
        Assert.Equal(expected, WeChatErrorCodes.IsTokenError(errcode));
        Assert.Equal(expected, WeChatErrorCodes.IsTokenError(new SendResult(SendOutcome.Failed, Code: errcode.ToString())));
    }

    [Fact]
    public void Quota_errors_suggest_when_to_retry()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), WeChatErrorCodes.RetryAfterHint(45011));
        Assert.NotNull(WeChatErrorCodes.RetryAfterHint(45009));
        Assert.Null(WeChatErrorCodes.RetryAfterHint(-1));
    }
}
