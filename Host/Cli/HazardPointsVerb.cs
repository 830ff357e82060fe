using Alerts.Identity.Accounts;
using Alerts.Incidents.HazardPoints;
using Alerts.Store.Migrations;

namespace Alerts.Host.Cli;

/// <summary>
/// <c>hazard-points import FILE --as LOGIN</c> imports the hazard point register (CSV; README "Hazard points") in the
/// name of an official's or admin's account, with that account's rights and jurisdiction. FILE is best absolute.
/// </summary>
internal static class HazardPointsVerb
{
    public const string Usage = """
          dotnet run --project Host -- hazard-points import FILE --as LOGIN
                                                            import the hazard point register, CSV (all or nothing)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args is not ["import", var file, "--as", var login])
        {
            Console.Error.WriteLine("usage:\n" + Usage);
            return 2;
        }
        if (!File.Exists(file) || new FileInfo(file).Length > HazardPointImporter.MaxBytes)
        {
            Console.Error.WriteLine($"找不到文件或文件超过 {HazardPointImporter.MaxBytes} 字节 / no such file, or larger than {HazardPointImporter.MaxBytes} bytes: {file}");
            return 2;
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var account = await services.GetRequiredService<AccountQuery>().FindByLoginAsync(login, ct);
        if (account is not { IsRevoked: false, Role: AccountRoles.Official or AccountRoles.Admin })
        {
            Console.Error.WriteLine($"没有可导入的账号 {login}（须为未停用的干部或管理员） / no live official or admin with login {login}");
            return 2;
        }
        var outcome = await services.GetRequiredService<HazardPointImporter>().ImportAsync(await File.ReadAllBytesAsync(file, ct),
            new Alerts.Incidents.Core.IncidentCaller($"account:{account.Id}", account.RegionCode, IsOfficial: true, account.Department), services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
        if (outcome.Refusal is { } refused)
        {
            Console.Error.WriteLine($"{refused.Chinese} / {refused.English}");
            return 2;
        }
        var result = outcome.Result!;
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"隐患点表有 {result.Errors.Count} 处错误，未导入任何内容 / {result.Errors.Count} errors, nothing imported:");
            foreach (var error in result.Errors) Console.Error.WriteLine("  " + error);
            return 1;
        }
        Console.WriteLine($"{result.Points} hazard points: {result.Created} new, {result.Updated} updated, {result.Unchanged} unchanged");
        return 0;
    }
}
