namespace Alerts.Fakes.TencentSms;

/// <summary>A per-number frequency limit: at most <paramref name="Count"/> messages to one number within <paramref name="Window"/>.</summary>
internal sealed record FakeTencentLimit(int Count, TimeSpan Window, string Code);
