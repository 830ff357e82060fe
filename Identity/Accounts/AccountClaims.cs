using System.Security.Claims;

namespace Alerts.Identity.Accounts;

/// <summary>The authenticated account as claims, and back.</summary>
public static class AccountClaims
{
    private const string Region = "alerts:region";
    private const string Department = "alerts:department";
    private const string KeyPrefix = "alerts:key_prefix";

    public static IEnumerable<Claim> From(Account account)
    {
        yield return new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new Claim(ClaimTypes.Name, account.Name);
        yield return new Claim(ClaimTypes.Role, account.Role);
        yield return new Claim(Region, account.RegionCode);
        yield return new Claim(KeyPrefix, account.KeyPrefix);
        if (account.Department is not null) yield return new Claim(Department, account.Department);
    }

    /// <summary>The account of an authenticated API caller.</summary>
    public static Account ToAccount(this ClaimsPrincipal user) => new()
    {
        Id = long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture),
        Name = user.FindFirstValue(ClaimTypes.Name)!,
        Role = user.FindFirstValue(ClaimTypes.Role)!,
        RegionCode = user.FindFirstValue(Region)!,
        Department = user.FindFirstValue(Department),
        KeyPrefix = user.FindFirstValue(KeyPrefix) ?? "",
    };
}
