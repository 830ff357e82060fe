namespace Alerts.Identity.Accounts;

/// <summary>Someone who may use the officials' API: a role, a jurisdiction (division code) and a department.</summary>
public sealed record Account
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    /// <summary>The 12-digit code of the place this account answers for; it may act on everything under it.</summary>
    public required string RegionCode { get; init; }
    public string? Department { get; init; }
    public string KeyPrefix { get; init; } = "";
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset? RevokedUtc { get; init; }

    /// <summary>Audit actor, e.g. <c>account:7</c>.</summary>
    public string Actor => $"account:{Id}";
}
