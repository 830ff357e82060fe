namespace Alerts.Fakes.TencentSms;

/// <summary>A fault applied to one SendSms request; <see cref="FakeTencentSmsServer.Inject"/> queues it for the next N.</summary>
public sealed record FakeTencentFault(FakeTencentFaultKind Kind, TimeSpan? Delay = null)
{
    public static FakeTencentFault ServerError { get; } = new(FakeTencentFaultKind.ServerError);

    public static FakeTencentFault ServerErrorAfterAccepting { get; } = new(FakeTencentFaultKind.ServerErrorAfterAccepting);

    public static FakeTencentFault DropConnection { get; } = new(FakeTencentFaultKind.DropConnection);

    public static FakeTencentFault DropConnectionAfterAccepting { get; } =
        new(FakeTencentFaultKind.DropConnectionAfterAccepting);

    public static FakeTencentFault InternalError { get; } = new(FakeTencentFaultKind.InternalError);

    public static FakeTencentFault RequestLimitExceeded { get; } = new(FakeTencentFaultKind.RequestLimitExceeded);

    public static FakeTencentFault Slow(TimeSpan delay) => new(FakeTencentFaultKind.Slow, delay);
}
