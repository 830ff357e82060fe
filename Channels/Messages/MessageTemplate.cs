namespace Alerts.Channels.Messages;

/// <summary>
/// A provider template to fill instead of free text: <paramref name="Key"/> names it in the channel's configuration
/// (e.g. WeChat:TemplateIds "weather.red"), <paramref name="Data"/> fills its fields, <paramref name="Url"/> is the
/// optional detail link.
/// </summary>
public sealed record MessageTemplate(string Key, IReadOnlyDictionary<string, string> Data, string? Url = null);
