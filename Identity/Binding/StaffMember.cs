namespace Alerts.Identity.Binding;

/// <summary>A grid worker or official as the binding page lists them: where they work and which chat holds their powers.</summary>
public sealed record StaffMember
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string? RegionName { get; init; }
    public string? Department { get; init; }
    public bool HasPhone { get; init; }
    public bool HasWechat { get; init; }
    public bool WechatBound { get; init; }
    public bool SmsBound { get; init; }
    /// <summary>When the latest unused binding code expires; null when none is waiting.</summary>
    public DateTimeOffset? CodeExpiresUtc { get; init; }
}
