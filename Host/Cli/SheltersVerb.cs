using Alerts.Host.Api;
using Alerts.Incidents.Shelters;
using Alerts.Store.Csv;

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
        if (await ImportAsAccount.ReadAsync(services, args, ShelterEndpoints.MaxCsvBytes, Usage, ct) is not { } input) return 2;
        var result = await services.GetRequiredService<ShelterDesk>().ImportAsync(input.Caller,
            CsvRows.Decode(input.File), ct);
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
