using Alerts.Store.Regions;

namespace Alerts.Identity.Accounts;

/// <summary>
/// Checks a new account's name, role, region and department, then creates it: the one set of rules for the
/// <c>accounts add</c> verb and the console's /accounts/new (which adds the admin's own limits first).
/// </summary>
public sealed class AccountIssuer(RegionStore regions, AccountStore accounts)
{
    public const string NameField = "name";
    public const string RoleField = "role";
    public const string RegionField = "region";
    public const string DepartmentField = "department";

    /// <summary>The account and its key, or the reasons it was refused, by field (Chinese / English).</summary>
    public async Task<(Account? Account, string? Key, IReadOnlyDictionary<string, string> Errors)> IssueAsync(
        string? name, string? role, string? region, string? department, CancellationToken ct) =>
        await IssueAsync(name, role, region, department, "cli", withKey: true, ct);

    /// <summary>As above, on behalf of <paramref name="actor"/>, with or without a usable API key.</summary>
    public async Task<(Account? Account, string? Key, IReadOnlyDictionary<string, string> Errors)> IssueAsync(
        string? name, string? role, string? region, string? department, string actor, bool withKey, CancellationToken ct)
    {
        var errors = Check(name, role, department);
        var code = await ExistingRegionAsync(region, errors, ct);
        if (errors.Count > 0 || code is null) return (null, null, errors);

        var (account, key) = await accounts.AddAsync(name!.Trim(), role!, code, department, actor, withKey, ct);
        return (account, key, errors);
    }

    /// <summary>The region text as the 12-digit code of an existing place, or null with the reason added.</summary>
    public async Task<string?> ExistingRegionAsync(string? region, IDictionary<string, string> errors, CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(region?.Trim());
        if (prefix is null)
        {
            errors[RegionField] = "区划须为区划代码（12位，或2/4/6/9位前缀） / --region must be a division code (12 digits, or a 2/4/6/9-digit prefix)";
            return null;
        }
        var code = prefix.PadRight(12, '0');
        if (await regions.GetAsync(code, ct) is null)
        {
            errors[RegionField] = $"区划 {code} 不存在 / region {code} does not exist";
            return null;
        }
        return code;
    }

    /// <summary>The rules of name, role and department alone, by field (Chinese / English).</summary>
    public static Dictionary<string, string> Check(string? name, string? role, string? department)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) errors[NameField] = "姓名不能为空 / --name is required";
        else if (name.Trim().Length > 40) errors[NameField] = "姓名最多40个字 / --name is at most 40 characters";
        if (role is null || !AccountRoles.All.Contains(role))
            errors[RoleField] = $"角色须为 {string.Join("、", AccountRoles.All)} 之一 / --role must be one of {string.Join(", ", AccountRoles.All)}";
        if (role == AccountRoles.Official && (department is null || !Departments.All.Contains(department)))
            errors[DepartmentField] = $"干部须选择所属部门 / an official needs --department, one of {string.Join(", ", Departments.All)}";
        else if (role != AccountRoles.Official && department is not null && !Departments.All.Contains(department))
            errors[DepartmentField] = $"部门须为 {string.Join("、", Departments.All)} 之一 / --department must be one of {string.Join(", ", Departments.All)}";
        return errors;
    }
}
