using Alerts.Incidents.HazardPoints;

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
        if (await ImportAsAccount.ReadAsync(services, args, HazardPointImporter.MaxBytes, Usage, ct) is not { } input) return 2;
        var outcome = await services.GetRequiredService<HazardPointImporter>().ImportAsync(input.File,
            input.Caller, services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
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
