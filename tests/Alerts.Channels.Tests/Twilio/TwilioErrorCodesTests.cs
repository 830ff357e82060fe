using Alerts.Channels.Messages;
using Alerts.Channels.Twilio;

namespace Alerts.Channels.Tests.Twilio;

public sealed class TwilioErrorCodesTests
{
    [Theory]
    [InlineData(201, null, SendOutcome.Sent)]
    [InlineData(200, null, SendOutcome.Sent)]
    [InlineData(400, 21610, SendOutcome.Unreachable)]
    [InlineData(400, 21211, SendOutcome.Unreachable)]
    [InlineData(400, 21614, SendOutcome.Unreachable)]
    [InlineData(400, 21635, SendOutcome.Unreachable)]
    [InlineData(400, 21408, SendOutcome.Failed)]
    [InlineData(400, 21608, SendOutcome.Failed)]
    [InlineData(400, 21611, SendOutcome.Retryable)]
    [InlineData(429, 20429, SendOutcome.Retryable)]
    [InlineData(429, null, SendOutcome.Retryable)]
    [InlineData(400, 20429, SendOutcome.Retryable)]
    [InlineData(401, 20003, SendOutcome.Failed)]
    [InlineData(401, null, SendOutcome.Failed)]
    [InlineData(403, null, SendOutcome.Failed)]
    [InlineData(400, 21617, SendOutcome.Failed)]
    [InlineData(404, 20404, SendOutcome.Failed)]
    [InlineData(400, null, SendOutcome.Failed)]
    [InlineData(500, null, SendOutcome.Unknown)]
    [InlineData(502, null, SendOutcome.Unknown)]
    [InlineData(503, 20500, SendOutcome.Unknown)]
    [InlineData(302, null, SendOutcome.Unknown)]
    public void SyncAnswersMapToOutcomes(int httpStatus, int? code, SendOutcome expected) =>
        Assert.Equal(expected, TwilioErrorCodes.Classify(httpStatus, code));

    [Theory]
    [InlineData(30001, SendOutcome.Retryable)]
    [InlineData(30003, SendOutcome.Retryable)]
    [InlineData(30008, SendOutcome.Retryable)]
    [InlineData(30022, SendOutcome.Retryable)]
    [InlineData(30023, SendOutcome.Retryable)]
    [InlineData(30450, SendOutcome.Retryable)]
    [InlineData(30004, SendOutcome.Unreachable)]
    [InlineData(30005, SendOutcome.Unreachable)]
    [InlineData(30006, SendOutcome.Unreachable)]
    [InlineData(30007, SendOutcome.Failed)]
    [InlineData(30002, SendOutcome.Failed)]
    [InlineData(null, SendOutcome.Failed)]
    [InlineData(39999, SendOutcome.Failed)]
    public void DeliveryErrorCodesMapToOutcomes(int? code, SendOutcome expected) =>
        Assert.Equal(expected, TwilioErrorCodes.ClassifyDelivery(code));

    [Theory]
    [InlineData(21610, true)]
    [InlineData(21211, false)]
    [InlineData(null, false)]
    public void OnlyCode21610IsAnOptOut(int? code, bool expected) =>
        Assert.Equal(expected, TwilioErrorCodes.IsOptOut(code));
}
