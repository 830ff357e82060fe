using System.Globalization;
using Alerts.Monitoring.Cases;
using Alerts.Monitoring.Platform;
using Alerts.Monitoring.Screening;
using Alerts.Store.Migrations;
using Alerts.Store.Regions;

namespace Alerts.Host.Cli;

/// <summary>
/// The identification procedure from the console, for the operator of a county's Alerts: open a case, record a step,
/// import a department's screening list, write the platform export. The operator acts for the place given with
/// <c>--region</c> with an official's powers (audit actor <c>cli</c>).
/// </summary>
internal static class CasesVerb
{
    public const string Usage = """
          dotnet run --project Host -- cases open --region CODE --source application|grid_visit (--household ID | --village CODE --head NAME)
                                                  [--on yyyy-MM-dd] [--note TEXT]
          dotnet run --project Host -- cases step --region CODE --case ID --step STEP --outcome OUTCOME [--note TEXT]
          dotnet run --project Host -- cases screening --region CODE --department civil_affairs|medical_insurance|housing|water --file LIST.csv
          dotnet run --project Host -- cases export --region CODE --out FILE.csv
                                                            monitoring: open, step, screening list, platform export
        """;

    private static readonly string[] Options =
        ["--region", "--source", "--household", "--village", "--head", "--on", "--note", "--case", "--step", "--outcome", "--department", "--file", "--out"];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var pairs = args.Skip(1).Chunk(2).ToList();
        if (args.Length == 0 || args[1..].Length % 2 != 0 || pairs.Any(p => !Options.Contains(p[0])) ||
            pairs.GroupBy(p => p[0]).Any(g => g.Count() > 1) || args[0] is not ("open" or "step" or "screening" or "export"))
            return Fail("usage:\n" + Usage);
        var o = pairs.ToDictionary(p => p[0], p => p[1]);
        if (!o.TryGetValue("--region", out var region) || DivisionCode.ToPrefix(region) is not { } prefix)
            return Fail("--region must be a division code");
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var caller = new CaseCaller("cli", prefix.PadRight(12, '0'), IsOfficial: true, IsRuralOffice: true);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return args[0] switch
        {
            "open" => await OpenAsync(services, o, caller, now, ct),
            "step" => Done(await services.GetRequiredService<CaseProcedure>().RecordAsync(Long(o, "--case") ?? 0, o.GetValueOrDefault("--step"),
                o.GetValueOrDefault("--outcome"), o.GetValueOrDefault("--note"), caller, now, ct), "recorded"),
            "screening" => await ScreeningAsync(services, o, caller, now, ct),
            _ => await ExportAsync(services, o, prefix, ct),
        };
    }

    private static async Task<int> OpenAsync(IServiceProvider services, Dictionary<string, string> o, CaseCaller caller, DateTimeOffset now,
        CancellationToken ct)
    {
        var (on, badDate) = CaseOpening.ParseAppliedOn(o.GetValueOrDefault("--on"));
        if (badDate is not null) return Fail("--on must be yyyy-MM-dd");
        var (id, joined, refusal) = await services.GetRequiredService<CaseOpening>().OpenAsync(new CaseOpening.Request(
            o.GetValueOrDefault("--source"), Long(o, "--household"), o.GetValueOrDefault("--village"), o.GetValueOrDefault("--head"), on,
            o.GetValueOrDefault("--note")), caller, now, ct);
        return Done(refusal, joined ? $"case {id}: clue added to the household's open case" : $"case {id} opened");
    }

    private static async Task<int> ScreeningAsync(IServiceProvider services, Dictionary<string, string> o, CaseCaller caller,
        DateTimeOffset now, CancellationToken ct)
    {
        if (!o.TryGetValue("--file", out var file) || !File.Exists(file)) return Fail("--file must name an existing CSV file");
        var r = await services.GetRequiredService<ScreeningImport>().ImportAsync(o.GetValueOrDefault("--department"),
            await File.ReadAllTextAsync(file, ct), caller, now, ct);
        foreach (var e in r.Errors) Console.Error.WriteLine($"line {e.Line}: {e.Chinese} / {e.English}");
        if (r.Errors.Count > 0) return 2;
        Console.WriteLine($"{r.Rows} rows: {r.Imported} new clues, {r.Duplicates} already imported, {r.Matched} matched, " +
                          $"{r.Opened} cases opened, {r.Joined} added to open cases");
        return 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, Dictionary<string, string> o, string prefix, CancellationToken ct)
    {
        if (!o.TryGetValue("--out", out var file)) return Fail("export needs --out FILE.csv");
        await File.WriteAllBytesAsync(file, await services.GetRequiredService<PlatformExport>().WriteAsync(prefix, ct), ct);
        Console.WriteLine($"wrote {file}");
        return 0;
    }

    private static long? Long(Dictionary<string, string> o, string key) =>
        o.TryGetValue(key, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int Done(CaseRefusal? refusal, string success)
    {
        if (refusal is not null) return Fail($"{refusal.Chinese} / {refusal.English}");
        Console.WriteLine(success);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
