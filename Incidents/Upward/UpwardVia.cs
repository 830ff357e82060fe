namespace Alerts.Incidents.Upward;

/// <summary>How a report went up, as the official records it: 电话, 传真, 政务平台 or 其他 (English words accepted too).</summary>
public static class UpwardVia
{
    public static readonly IReadOnlyList<string> All = ["电话", "传真", "政务平台", "其他"];

    /// <summary>The Chinese word for what was typed, or null when it is none of the four.</summary>
    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "电话" or "打电话" or "phone" => "电话",
        "传真" or "fax" => "传真",
        "政务平台" or "平台" or "platform" => "政务平台",
        "其他" or "其它" or "other" => "其他",
        _ => null,
    };
}
