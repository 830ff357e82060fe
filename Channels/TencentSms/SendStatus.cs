namespace Alerts.Channels.TencentSms;

/// <summary>One number's outcome in SendSms's SendStatusSet; SerialNo is what receipts carry as sid.</summary>
internal sealed record SendStatus(string? SerialNo, string? PhoneNumber, int Fee, string? SessionContext, string? Code,
    string? Message);
