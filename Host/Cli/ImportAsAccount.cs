using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Store.Migrations;

namespace Alerts.Host.Cli;

/// <summary>
/// The one reading of <c>import FILE --as LOGIN</c> for the registers an official imports from the command line
/// (hazard points, shelters): the file (when it exists and is within the import's limit), the database migrated, and
/// the live official's or admin's account it is imported as, with that account's rights and jurisdiction. Prints why
/// and returns null (exit code 2) when any of them is missing.
/// </summary>
internal static class ImportAsAccount
{
    public static async Task<(byte[] File, IncidentCaller Caller)?> ReadAsync(IServiceProvider services, string[] args, long maxBytes,
        string usage, CancellationToken ct)
    {
        if (args is not ["import", var file, "--as", var login])
        {
            Console.Error.WriteLine("usage:\n" + usage);
            return null;
        }
        if (!File.Exists(file) || new FileInfo(file).Length > maxBytes)
        {
            Console.Error.WriteLine($"找不到文件或文件超过 {maxBytes} 字节 / no such file, or larger than {maxBytes} bytes: {file}");
            return null;
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var account = await services.GetRequiredService<AccountQuery>().FindByLoginAsync(login, ct);
        if (account is not { IsRevoked: false, Role: AccountRoles.Official or AccountRoles.Admin })
        {
            Console.Error.WriteLine($"没有可导入的账号 {login}（须为未停用的干部或管理员） / no live official or admin with login {login}");
            return null;
        }
        return (await File.ReadAllBytesAsync(file, ct),
            new IncidentCaller($"account:{account.Id}", account.RegionCode, IsOfficial: true, account.Department));
    }
}
