using Alerts.Identity.Accounts;
using Alerts.Monitoring.Households.Register;
using Alerts.Store.Migrations;
using Alerts.Store.Regions;
using Alerts.Store.Seeding;

namespace Alerts.Host.Cli;

/// <summary>
/// <c>households import FILE --as LOGIN | --region CODE</c> imports a village register (CSV, Chinese headers; README
/// "Household register import") in the name of an official's or admin's account, or of the operator at this machine
/// for a place; <c>households demo-register FILE</c> writes the demo county's register (a file, not standard output,
/// which the log shares). FILE is best absolute: <c>dotnet run</c> runs in Host/.
/// </summary>
internal static class HouseholdsVerb
{
    public const string Usage = """
          dotnet run --project Host -- households import FILE --as LOGIN | --region CODE
                                                            import a village register, CSV or .xlsx (all or nothing)
          dotnet run --project Host -- households demo-register FILE
                                                            write the demo county's register as CSV
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        switch (args)
        {
            case ["import", var file, "--as" or "--region", var who]:
                return await ImportAsync(services, file, args[2] == "--as" ? who : null, args[2] == "--region" ? who : null, ct);
            case ["demo-register", var file]:
                return await DemoRegisterAsync(services, file, ct);
            default:
                Console.Error.WriteLine("usage:\n" + Usage);
                return 2;
        }
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string file, string? login, string? region, CancellationToken ct)
    {
        if (!File.Exists(file) || new FileInfo(file).Length > RegisterText.MaxBytes)
        {
            Console.Error.WriteLine($"找不到文件或文件超过 {RegisterText.MaxBytes} 字节 / no such file, or larger than {RegisterText.MaxBytes} bytes: {file}");
            return 2;
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var (actor, regionCode) = login is not null ? await AccountAsync(services, login, ct) : ("cli", DivisionCode.ToPrefix(region));
        if (actor is null || regionCode is null)
        {
            Console.Error.WriteLine(login is not null
                ? $"没有可导入的账号 {login}（须为未停用的干部或管理员） / no live official or admin with login {login}"
                : $"不是区划代码：{region} / not a division code: {region}");
            return 2;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await services.GetRequiredService<RegisterImporter>().ImportAsync(
            await File.ReadAllBytesAsync(file, ct), actor, regionCode, ct);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"登记册有 {result.ErrorCount} 处错误，未导入任何内容 / {result.ErrorCount} errors, nothing imported:");
            foreach (var error in result.Errors) Console.Error.WriteLine("  " + error);
            return 1;
        }
        Console.WriteLine($"{result.Households} households ({result.Members} member rows) in {result.Villages} villages: " +
            $"{result.Created} new, {result.Updated} updated, {result.Unchanged} unchanged, {started.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static async Task<int> DemoRegisterAsync(IServiceProvider services, string file, CancellationToken ct)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        await using var writer = File.CreateText(file);
        var households = await services.GetRequiredService<DemoRegister>().WriteAsync(writer, DemoCounty.CountyPrefix, ct);
        Console.WriteLine($"wrote the register of {households} demo households to {file}");
        return 0;
    }

    private static async Task<(string? Actor, string? Region)> AccountAsync(IServiceProvider services, string login, CancellationToken ct)
    {
        var account = await services.GetRequiredService<AccountQuery>().FindByLoginAsync(login, ct);
        return account is { IsRevoked: false, Role: AccountRoles.Official or AccountRoles.Admin }
            ? ($"account:{account.Id}", account.RegionCode)
            : (null, null);
    }
}
