namespace Alerts.Fakes.Twilio;

/// <summary>One request the fake received, recorded before any fault or check, for exact assertions.</summary>
public sealed record FakeTwilioRequest(string Method, string Path, string QueryString,
    IReadOnlyList<KeyValuePair<string, string>> Form, string? Authorization, string? ContentType)
{
    public string? FormValue(string key) => Form.FirstOrDefault(p => p.Key == key).Value;
}
