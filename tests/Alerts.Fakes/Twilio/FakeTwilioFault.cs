namespace Alerts.Fakes.Twilio;

/// <summary>A fault applied to one request; <see cref="FakeTwilioServer.Inject"/> queues it for the next N.</summary>
public sealed record FakeTwilioFault(FakeTwilioFaultKind Kind, TimeSpan? RetryAfter = null, TimeSpan? Delay = null)
{
    public static FakeTwilioFault ServerError { get; } = new(FakeTwilioFaultKind.ServerError);

    public static FakeTwilioFault ServerErrorAfterAccepting { get; } = new(FakeTwilioFaultKind.ServerErrorAfterAccepting);

    public static FakeTwilioFault DropConnection { get; } = new(FakeTwilioFaultKind.DropConnection);

    public static FakeTwilioFault DropConnectionAfterAccepting { get; } =
        new(FakeTwilioFaultKind.DropConnectionAfterAccepting);

    public static FakeTwilioFault TooManyRequests(TimeSpan? retryAfter = null) =>
        new(FakeTwilioFaultKind.TooManyRequests, RetryAfter: retryAfter);

    public static FakeTwilioFault Slow(TimeSpan delay) => new(FakeTwilioFaultKind.Delay, Delay: delay);
}
