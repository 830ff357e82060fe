namespace Alerts.Channels.TencentSms;

/// <summary>An approved template chosen and filled for one message: its configured key, its id, and the variables'
/// values in order, each within its limit.</summary>
internal sealed record TemplateFill(string Key, string TemplateId, IReadOnlyList<string> Params);
