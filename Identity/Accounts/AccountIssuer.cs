using Alerts.Store.Regions;

namespace Alerts.Identity.Accounts;

/// <summary>Checks a new account's role, region and department, then creates it (the <c>accounts add</c> verb).</summary>
public sealed class AccountIssuer(RegionStore regions, AccountStore accounts)
{
    /// <summary>The account and its key, or the reasons it was refused (one line each, Chinese / English).</summary>
    public async Task<(Account? Account, string? Key, IReadOnlyList<string> Errors)> IssueAsync(
        string? name, string? role, string? region, string? department, CancellationToken ct)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(name)) errors.Add("--name 不能为空 / --name is required");
        if (role is null || !AccountRoles.All.Contains(role))
            errors.Add($"--role 须为 {string.Join("、", AccountRoles.All)} 之一 / --role must be one of {string.Join(", ", AccountRoles.All)}");
        var code = await ExistingRegionAsync(region, errors, ct);
        if (role == AccountRoles.Official && (department is null || !Departments.All.Contains(department)))
            errors.Add($"官员须有 --department：{string.Join("、", Departments.All)} / an official needs --department, one of {string.Join(", ", Departments.All)}");
        else if (role != AccountRoles.Official && department is not null && !Departments.All.Contains(department))
            errors.Add($"--department 须为 {string.Join("、", Departments.All)} 之一 / --department must be one of {string.Join(", ", Departments.All)}");
        if (errors.Count > 0 || code is null) return (null, null, errors);

        var (account, key) = await accounts.AddAsync(name!.Trim(), role!, code, department, ct);
        return (account, key, errors);
    }

    private async Task<string?> ExistingRegionAsync(string? region, List<string> errors, CancellationToken ct)
    {
        var prefix = DivisionCode.ToPrefix(region?.Trim());
        if (prefix is null)
        {
            errors.Add("--region 须为区划代码（12位，或2/4/6/9位前缀） / --region must be a division code (12 digits, or a 2/4/6/9-digit prefix)");
            return null;
        }
        var code = prefix.PadRight(12, '0');
        if (await regions.GetAsync(code, ct) is null)
        {
            errors.Add($"区划 {code} 不存在 / region {code} does not exist");
            return null;
        }
        return code;
    }
}
