using System.Globalization;
using Alerts.Identity;
using Alerts.Identity.Accounts;
using Alerts.Monitoring.Care;
using Alerts.Monitoring.Exit;
using Alerts.Monitoring.Measures;
using Alerts.Store.Migrations;
using Alerts.Store.People;

namespace Alerts.Host.Cli;

/// <summary>
/// <c>monitoring helper|measure|exit --case N …</c>: the API's after-enrolment steps for an official at a terminal, whose
/// API key is in ALERTS_KEY (never on the command line). Same rules, jurisdiction and audit as the API.
/// </summary>
internal static class MonitoringVerb
{
    public const string Usage = """
          ALERTS_KEY=alk_… dotnet run --project Host -- monitoring helper --case N --person ID|PHONE
          ALERTS_KEY=alk_… dotnet run --project Host -- monitoring measure --case N --measure KEY [--state planned|in_progress|done|dropped] [--note TEXT]
          ALERTS_KEY=alk_… dotnet run --project Host -- monitoring exit --case N --note TEXT [--confirm]
                                                            name a 监测户's helper, choose a help measure, exit a case
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (args.Length == 0 || !long.TryParse(Option(args, "--case"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return Fail("usage:\n" + Usage);
        var key = Environment.GetEnvironmentVariable("ALERTS_KEY");
        if (string.IsNullOrEmpty(key)) return Fail("需要干部的 API 密钥：设置环境变量 ALERTS_KEY / set ALERTS_KEY to an official's API key");
        await services.GetRequiredService<Migrator>().MigrateAsync(ct);
        var account = await services.GetRequiredService<AccountStore>().AuthenticateAsync(key, ct);
        if (account is null) return Fail("密钥无效或已吊销 / the key is unknown or revoked");
        if (account.Role is not (AccountRoles.Official or AccountRoles.Admin)) return Fail("只有干部可以操作监测案例 / officials only");
        if (!await services.GetRequiredService<CareStore>().IsUnderAsync(id, account.RegionCode, ct))
            return Fail(CareResult.NotFound(id).Chinese);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var result = args[0] switch
        {
            "helper" => await HelperAsync(services, id, Option(args, "--person"), account, now, ct),
            "measure" => await services.GetRequiredService<MeasureStore>().ChooseAsync(id,
                new MeasureStore.Choice(Option(args, "--measure"), Option(args, "--state"), Option(args, "--note")), account.Actor, now, ct),
            "exit" => await ExitAsync(services, id, Option(args, "--note"), args.Contains("--confirm"), account, now, ct),
            _ => null,
        };
        if (result is null) return Fail("usage:\n" + Usage);
        if (!result.IsDone) return Fail($"{result.Chinese} / {result.English}");
        Console.WriteLine($"case {id}: {args[0]} done");
        return 0;
    }

    private static async Task<CareResult> HelperAsync(IServiceProvider services, long id, string? who, Account account, DateTimeOffset now,
        CancellationToken ct)
    {
        var person = who is null ? null : await PersonRef.FindAsync(services.GetRequiredService<PersonStore>(), who, ct);
        return person is null
            ? CareResult.Invalid($"找不到 {who}", $"No person {who}")
            : await services.GetRequiredService<HelperAssignment>().AssignAsync(id, person.Id, account.Actor, now, ct);
    }

    private static async Task<CareResult> ExitAsync(IServiceProvider services, long id, string? note, bool confirm, Account account,
        DateTimeOffset now, CancellationToken ct)
    {
        var d = await services.GetRequiredService<CaseExit>().ExitAsync(id, new CaseExit.Request(note, confirm), account.Actor,
            mayConfirm: account.Role == AccountRoles.Official, now, ct);
        foreach (var c in d.Criteria) Console.WriteLine($"{(c.Met ? "✓" : "✗")} {c.Name}：{c.Found}");
        return d.Result;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
