namespace Alerts.Identity.Accounts;

/// <summary>
/// A row of the <c>accounts</c> table with its secrets (key hash, password hash and sign-in state), read by the stores of
/// this project only; everything outside sees <see cref="Account"/>. A query fills the columns it selects.
/// </summary>
internal sealed record AccountRow
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public string RegionCode { get; init; } = "";
    public string? Department { get; init; }
    public string KeyPrefix { get; init; } = "";
    public string KeyHash { get; init; } = "";
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset? RevokedUtc { get; init; }
    public string? PasswordHash { get; init; }
    public bool MustChangePassword { get; init; }
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedUntilUtc { get; init; }
    public string? SecurityStamp { get; init; }

    public Account ToAccount() => new()
    {
        Id = Id, Name = Name, Role = Role, RegionCode = RegionCode, Department = Department, KeyPrefix = KeyPrefix,
        CreatedUtc = CreatedUtc, RevokedUtc = RevokedUtc,
    };
}
