namespace Alerts.Fakes.TencentSms;

/// <summary>A message the fake accepted for one number; <paramref name="Text"/> is what the phone shows.</summary>
public sealed record FakeTencentSms(string SerialNo, string PhoneNumber, string TemplateId,
    IReadOnlyList<string> Params, string Text, string SessionContext, DateTimeOffset CreatedUtc);
