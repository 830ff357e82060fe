namespace Alerts.Broadcast.Cap;

/// <summary>A CAP &lt;area&gt;: its description and geocodes (valueName, value).</summary>
public sealed record CapArea(string AreaDesc, IReadOnlyList<KeyValuePair<string, string>> Geocodes);
