using Alerts.Host.Api;
using Alerts.Identity.Accounts;
using Alerts.Incidents.Core;
using Alerts.Incidents.Shelters;
using Alerts.Store.Csv;
using Alerts.Store.Migrations;

namespace Alerts.Host.Cli;

/// <summary>
/// <c>shelters import FILE --as LOGIN</c> imports a shelters CSV (README "Shelters") in the name of an official's or
/// admin's account, with that account's rights and jurisdiction, through the same desk as the API. FILE is best absolute.
/// </summary>
internal static class SheltersVerb
{
    public const string Usage = """
          dotnet run --project Host -- shelters import FILE --as LOGIN
                                                            import shelters, CSV (all or nothing)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args is not ["import", var file, "--as", var login])
        {
            Console.Error.WriteLine("usage:\n" + Usage);
            return 2;
        }
        if (!File.Exists(file) || new FileInfo(file).Length > ShelterEndpoints.MaxCsvBytes)
        {
            Console.Error.WriteLine($"找不到文件或文件超过 {ShelterEndpoints.MaxCsvBytes} 字节 / no such file, or larger than {ShelterEndpoints.MaxCsvBytes} bytes: {file}");
            return 2;
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var account = await services.GetRequiredService<AccountQuery>().FindByLoginAsync(login, ct);
        if (account is not { IsRevoked: false, Role: AccountRoles.Official or AccountRoles.Admin })
        {
            Console.Error.WriteLine($"没有可导入的账号 {login}（须为未停用的干部或管理员） / no live official or admin with login {login}");
            return 2;
        }
        var caller = new IncidentCaller($"account:{account.Id}", account.RegionCode, IsOfficial: true, account.Department);
        var result = await services.GetRequiredService<ShelterDesk>().ImportAsync(caller,
            CsvRows.Decode(await File.ReadAllBytesAsync(file, ct)), ct);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"安置点表有 {result.Errors.Count} 处错误，未导入任何内容 / {result.Errors.Count} errors, nothing imported:");
            foreach (var e in result.Errors) Console.Error.WriteLine($"  第 {e.Line} 行：{e.Chinese} / line {e.Line}: {e.English}");
            return 1;
        }
        Console.WriteLine($"shelters: {result.Created} new, {result.Updated} updated, {result.Unchanged} unchanged");
        return 0;
    }
}
