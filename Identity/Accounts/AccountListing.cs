namespace Alerts.Identity.Accounts;

/// <summary>An account as an admin sees it in the console: no secrets, but whether a key and a login exist.</summary>
public sealed record AccountListing
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? Login { get; init; }
    public string Role { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string? RegionName { get; init; }
    public string? Department { get; init; }
    public string KeyPrefix { get; init; } = "";
    /// <summary>False once the key was revoked (or when the account was made without one).</summary>
    public bool HasKey { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset? RevokedUtc { get; init; }
    public bool MustChangePassword { get; init; }

    public bool IsRevoked => RevokedUtc is not null;
}
