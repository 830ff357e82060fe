namespace Alerts.Fakes.TencentSms;

/// <summary>One request the fake received, recorded before any fault or check, for exact assertions.</summary>
public sealed record FakeTencentRequest(string? Action, IReadOnlyDictionary<string, string> Headers, string Body,
    DateTimeOffset ReceivedUtc)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
